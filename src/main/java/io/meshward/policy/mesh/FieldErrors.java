package io.meshward.policy.mesh;

import io.meshward.core.GoQuote;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code FieldErrors} collects violations with Kuma-style string paths relative to a root, the way
 * Kuma's {@code validators.ValidationError} does, so that nesting and ordering follow Kuma's code.
 */
final class FieldErrors {

  /**
   * One violation.
   *
   * @param field path relative to the collector's root; empty for the root itself
   * @param message what is wrong
   */
  record Entry(String field, String message) {}

  private final List<Entry> entries = new ArrayList<>();

  /** Adds a violation at {@code field}. */
  void add(String field, String message) {
    entries.add(new Entry(field, message));
  }

  /** Adds every violation of {@code other} below {@code root} (Kuma's {@code AddError}). */
  void addAt(String root, FieldErrors other) {
    for (Entry e : other.entries) {
      String field;
      if (e.field().isEmpty()) {
        field = root;
      } else if (root.isEmpty()) {
        field = e.field();
      } else {
        field = root + "." + e.field();
      }
      entries.add(new Entry(field, e.message()));
    }
  }

  /** Whether nothing was reported. */
  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The violations in the order they were reported. */
  List<Entry> entries() {
    return Collections.unmodifiableList(entries);
  }

  /** {@code path[index]}. */
  static String index(String path, int index) {
    return path + "[" + index + "]";
  }

  /** {@code path.name}, or {@code name} when {@code path} is empty. */
  static String field(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** {@code path["key"]} with the key quoted like Go's {@code %q}. */
  static String key(String path, String key) {
    return path + "[" + GoQuote.of(key) + "]";
  }
}
