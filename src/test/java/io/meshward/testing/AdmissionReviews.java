package io.meshward.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;

/** {@code AdmissionReviews} builds AdmissionReview requests for tests. */
public final class AdmissionReviews {

  private AdmissionReviews() {}

  /**
   * An {@code admission.k8s.io/v1} AdmissionReview for {@code operation} on {@code object} (and
   * {@code oldObject}, may be null).
   */
  public static ObjectNode review(String operation, JsonNode object, JsonNode oldObject) {
    JsonNode source = object != null ? object : oldObject;
    ObjectNode review = Json.MAPPER.createObjectNode();
    review.put("apiVersion", "admission.k8s.io/v1");
    review.put("kind", "AdmissionReview");
    ObjectNode request = review.putObject("request");
    request.put("uid", "705ab4f5-6393-11e8-b7cc-42010a800002");
    String kind = source.path("kind").asText();
    ObjectNode gvk = request.putObject("kind");
    gvk.put("group", "kuma.io");
    gvk.put("version", "v1alpha1");
    gvk.put("kind", kind);
    request.put("operation", operation);
    request.put("name", source.path("metadata").path("name").asText());
    if (source.path("metadata").has("namespace")) {
      request.put("namespace", source.path("metadata").path("namespace").asText());
    }
    ObjectNode user = request.putObject("userInfo");
    user.put("username", "admin");
    request.set("object", object == null ? Json.MAPPER.nullNode() : object);
    request.set("oldObject", oldObject == null ? Json.MAPPER.nullNode() : oldObject);
    request.put("dryRun", false);
    return review;
  }
}
