package io.meshward.policy.mesh;

import java.util.HashSet;
import java.util.Set;

/**
 * {@code BackendNames} tracks backend names in order, reporting a name used twice and telling
 * whether a default or enabled backend names one of them, as Kuma does for logging, tracing and
 * metrics backends.
 */
final class BackendNames {

  private final Set<String> used = new HashSet<>();

  /**
   * Records the name of backend {@code index}, reporting it when already used.
   *
   * @param name the name; {@code null} when unreadable (then nothing is recorded)
   */
  void record(String name, int index, FieldErrors errs) {
    if (name == null) {
      return;
    }
    if (!used.add(name)) {
      errs.add(
          FieldErrors.field(FieldErrors.index("backends", index), "name"),
          FieldErrors.goQuote(name) + " name is already used for another backend");
    }
  }

  /** Reports {@code field} when {@code reference} is set but names no backend. */
  void requireKnown(String reference, String field, String message, FieldErrors errs) {
    if (reference != null && !reference.isEmpty() && !used.contains(reference)) {
      errs.add(field, message);
    }
  }
}
