package io.meshward.core;

/**
 * {@code Change} is one normalization applied to an object: where, and what was done, in words a
 * user reads as an admission warning.
 *
 * @param field Kuma-style path of the changed field, e.g. {@code spec.targetRef}
 * @param description what was done, e.g. {@code added {kind: Mesh}}
 */
public record Change(FieldPath field, String description) {

  /** {@code normalized <field>: <description>}, the admission warning for this change. */
  public String message() {
    return "normalized " + field + ": " + description;
  }

  /** A change that replaced the text {@code from} by {@code to} at {@code field}. */
  public static Change replaced(FieldPath field, String from, String to) {
    return new Change(field, "\"" + from + "\" -> \"" + to + "\"");
  }
}
