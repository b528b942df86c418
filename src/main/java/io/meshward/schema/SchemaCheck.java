package io.meshward.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaKind;

/**
 * {@code SchemaCheck} validates a whole Kuma object against the JSON Schema of its kind (the CRD's
 * {@code openAPIV3Schema}; for Mesh the spec schema built from Kuma's proto), acting as the CRD
 * check the API server does.
 */
public interface SchemaCheck {

  /**
   * Checks {@code object} against the schema of {@code kind}.
   *
   * @param kind the object's kind
   * @param object the whole object (apiVersion, kind, metadata, spec)
   * @return violations with Kuma-style field paths ({@code spec.targetRef.kind}) and rule id {@code
   *     schema}, and warnings for what the schema tolerates but a user should see (unknown Mesh
   *     fields, which Kuma ignores)
   */
  SchemaReport validate(KumaKind kind, JsonNode object);

  /**
   * The part of {@code object} the schema of {@code kind} can tell apart: objects with equal parts
   * get equal reports, and the part's report is the object's. This default is the whole object.
   */
  default JsonNode visiblePart(KumaKind kind, JsonNode object) {
    return object;
  }
}
