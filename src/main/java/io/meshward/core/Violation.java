package io.meshward.core;

/**
 * {@code Violation} is one broken rule: a Kuma-style field path, a message and the id of the rule.
 *
 * @param field Kuma-style path ({@code spec.targetRef.kind}); empty for a whole-object problem
 * @param message what is wrong, in Kuma's words where Kuma has the rule
 * @param rule the id of the rule that reported it, e.g. {@code schema} or {@code meshproxypatch}
 */
public record Violation(String field, String message, String rule) {

  /** {@code field: message}, or the message alone when the field is empty. */
  public String describe() {
    return field.isEmpty() ? message : field + ": " + message;
  }
}
