package io.meshward.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaResource;

/**
 * {@code ObjectShape} tells whether a Kuma object can be decoded at all: its {@code metadata},
 * labels and {@code spec}, when present, must be JSON objects. Both the validating and the mutating
 * side use it, so they agree on what "undecodable" means.
 */
final class ObjectShape {

  private ObjectShape() {}

  /** Why {@code object} cannot be decoded, or {@code null} when it can. */
  static String error(KumaResource object) {
    JsonNode raw = object.raw();
    if (!object.universal() && raw.has("metadata") && !raw.get("metadata").isObject()) {
      return "metadata is not an object";
    }
    JsonNode labels = object.universal() ? raw.path("labels") : raw.path("metadata").path("labels");
    if (!labels.isMissingNode() && !labels.isNull() && !labels.isObject()) {
      return "labels is not an object";
    }
    JsonNode spec = raw.path("spec");
    if (!spec.isMissingNode() && !spec.isNull() && !spec.isObject()) {
      return "spec is not an object";
    }
    return null;
  }
}
