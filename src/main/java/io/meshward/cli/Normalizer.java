package io.meshward.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import io.meshward.engine.MutationEngine;

/**
 * {@code Normalizer} gives the RFC 6902 patch the mutating webhook would return for an object: the
 * seam where the mutation engine plugs into {@code meshward check}.
 */
@FunctionalInterface
public interface Normalizer {

  /** A normalizer that never changes anything. */
  Normalizer NONE = object -> Json.MAPPER.createArrayNode();

  /** The patch the mutating webhook's engine computes. */
  static Normalizer of(MutationEngine engine) {
    return object -> engine.normalize(object).patch();
  }

  /**
   * The patch for {@code object} (Kubernetes form), an empty array when it is already normal.
   *
   * @param object the object as it would be admitted
   */
  JsonNode patch(JsonNode object);
}
