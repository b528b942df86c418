package io.meshward.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaKind;
import io.meshward.core.Violation;
import java.util.List;

/**
 * {@code SchemaCheck} validates a whole Kuma object against the JSON Schema of its kind (the CRD's
 * {@code openAPIV3Schema}; for Mesh the spec schema built from Kuma's proto), acting as the CRD
 * check the API server does.
 */
public interface SchemaCheck {

  /**
   * Every schema violation of {@code object}, with Kuma-style field paths ({@code
   * spec.targetRef.kind}) and rule id {@code schema}.
   *
   * @param kind the object's kind
   * @param object the whole object (apiVersion, kind, metadata, spec)
   */
  List<Violation> validate(KumaKind kind, JsonNode object);
}
