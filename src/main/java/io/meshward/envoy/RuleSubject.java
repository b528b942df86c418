package io.meshward.envoy;

/**
 * {@code RuleSubject} is what a protoc-gen-validate violation is about: the Go message name, the
 * field (with {@code [index]} or {@code [key]}) and whether a map key is meant; it renders
 * violations in protoc-gen-validate's Go wording.
 *
 * @param message the Go message name, e.g. {@code Cluster}
 * @param field the Go field name, e.g. {@code Name} or {@code Domains[0]}
 * @param key whether the violation is about a map key
 */
record RuleSubject(String message, String field, boolean key) {

  /** {@code invalid Cluster.Name: <reason>}. */
  String violation(String reason) {
    return "invalid " + (key ? "key for " : "") + message + "." + field + ": " + reason;
  }

  /** {@code invalid Cluster.X: <reason> | caused by: <cause>}. */
  String violation(String reason, String cause) {
    return violation(reason) + " | caused by: " + cause;
  }

  /** The same field at an index or key, e.g. {@code Domains[0]}. */
  RuleSubject at(Object indexOrKey) {
    return new RuleSubject(message, field + "[" + indexOrKey + "]", key);
  }

  /** The map key form of this subject. */
  RuleSubject asKey() {
    return new RuleSubject(message, field, true);
  }
}
