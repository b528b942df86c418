package io.meshward.xds;

import io.meshward.core.BoundedMemo;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code RenderCheckMemo} remembers render-check outcomes of MeshProxyPatches while the stored
 * configuration stays at one version: a server-side dry run followed by the real apply (what Argo
 * CD and {@code kubectl diff} then {@code apply} send), a controller re-applying an unchanged
 * object, or a retry asks the same question, and its answer is a pure function of the patch and
 * what is stored. Outcomes are keyed by what a render reads of the patch (never by server-set
 * metadata such as {@code uid}, which differs between a dry run and its apply); a new version
 * forgets them all. At most {@link #MAX_OUTCOMES} are kept.
 */
final class RenderCheckMemo<K, T> {

  /** Outcomes kept per version; more distinct patches than this start the memo afresh. */
  static final int MAX_OUTCOMES = 256;

  private record Generation<K, T>(long version, BoundedMemo<K, T> outcomes) {}

  private volatile Generation<K, T> current =
      new Generation<>(Long.MIN_VALUE, new BoundedMemo<>(MAX_OUTCOMES));

  /**
   * The outcome for the patch read as {@code patch} at {@code version}, computed by {@code judge}
   * unless known; a computed outcome is remembered only when {@code rememberable} says so (asked
   * only then, so that a known patch costs one lookup). A negative version (inputs that cannot tell
   * when they change) is never remembered.
   */
  T outcome(long version, K patch, Supplier<T> judge, BooleanSupplier rememberable) {
    if (version < 0) {
      return judge.get();
    }
    Generation<K, T> generation = current;
    if (generation.version() != version) {
      generation = new Generation<>(version, new BoundedMemo<>(MAX_OUTCOMES));
      current = generation;
    }
    T known = generation.outcomes().get(patch);
    if (known != null) {
      return known;
    }
    T outcome = judge.get();
    if (!rememberable.getAsBoolean()) {
      return outcome;
    }
    generation.outcomes().put(patch, outcome);
    return outcome;
  }
}
