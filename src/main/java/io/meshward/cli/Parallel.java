package io.meshward.cli;

import java.util.List;
import java.util.function.Function;

/**
 * {@code Parallel} spreads independent per-file and per-document work of one check over the
 * machine's cores (the common fork-join pool plus the calling thread) and keeps the input order, so
 * that reports stay the same whatever the number of cores.
 */
final class Parallel {

  /** Below this many items the work is done on the calling thread. */
  private static final int THRESHOLD = 8;

  private Parallel() {}

  /** {@code f} applied to every item, in the items' order. */
  static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
    if (items.size() < THRESHOLD) {
      return items.stream().<R>map(f).toList();
    }
    return items.parallelStream().<R>map(f).toList();
  }
}
