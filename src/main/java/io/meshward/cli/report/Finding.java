package io.meshward.cli.report;

/**
 * {@code Finding} is one violation of a document, placed in its source file.
 *
 * @param field Kuma-style path, as the webhook reports it in {@code status.details.causes[].field}
 * @param message what is wrong
 * @param rule id of the rule that reported it, e.g. {@code schema}, {@code meshproxypatch}
 * @param line line of the offending node (or of its nearest existing parent)
 * @param column column of that node
 */
public record Finding(String field, String message, String rule, int line, int column) {

  /** {@code field: message}, or the message alone for a whole-object finding. */
  public String describe() {
    return field.isEmpty() ? message : field + ": " + message;
  }
}
