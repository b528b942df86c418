package io.meshward.policy.meshproxypatch;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.FieldPath;
import io.meshward.core.Violations;
import java.util.List;
import java.util.Optional;

/**
 * {@code Modification} is one typed modification of an {@code appendModifications} item (the object
 * under {@code cluster}, {@code listener}, ...) with where it sits and where findings about it go.
 * A field holding JSON {@code null} reads as absent, as in Kuma's decoded struct.
 *
 * @param type the modification type
 * @param body the raw object under the type key
 * @param path its path, e.g. {@code spec.default.appendModifications[0].cluster}
 * @param violations where violations go
 * @param warnings where warnings go
 */
record Modification(
    ModificationType type,
    JsonNode body,
    FieldPath path,
    Violations violations,
    List<String> warnings) {

  /** Whether {@code operation} is of a type that can be read (absent or a string). */
  boolean operationReadable() {
    JsonNode op = body.path("operation");
    return !isSet(op) || op.isTextual();
  }

  /** The operation, when it is one this type accepts. */
  Optional<ModificationOperation> operation() {
    return ModificationOperation.of(body.path("operation").asText("")).filter(type::accepts);
  }

  /** Whether {@code field} is present and not {@code null}. */
  boolean has(String field) {
    return isSet(body.path(field));
  }

  /** The raw {@code field}; a missing node when absent. */
  JsonNode get(String field) {
    return body.path(field);
  }

  /** Whether {@code match} is present but not an object (its fields cannot be read). */
  boolean matchUnreadable() {
    return has("match") && !body.get("match").isObject();
  }

  /** Whether {@code match.name} is present and not {@code null}. */
  boolean hasMatchName() {
    return isSet(body.path("match").path("name"));
  }

  /** Reports {@code message} at {@code path.<field>}. */
  void report(String field, String message) {
    violations.add(path.field(field), message);
  }

  /** Reports {@code message} at the modification itself. */
  void report(String message) {
    violations.add(path, message);
  }

  static boolean isSet(JsonNode node) {
    return node != null && !node.isMissingNode() && !node.isNull();
  }
}
