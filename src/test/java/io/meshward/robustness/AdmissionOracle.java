package io.meshward.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import io.meshward.core.KumaKind;
import java.nio.charset.StandardCharsets;

/**
 * {@code AdmissionOracle} judges the webhook's answer to a body, independently of the code under
 * test: HTTP 5xx is a failure; a 4xx must carry a reason; a 200 must be an AdmissionReview echoing
 * the request's apiVersion and uid, must not report an internal error (status 500; a 503 "could not
 * verify" is a designed answer), and {@code /validate} must not allow a known Kuma object that
 * cannot be decoded (object, {@code metadata}, labels or {@code spec} not an object) while {@code
 * /mutate} must not patch one.
 */
final class AdmissionOracle {

  private AdmissionOracle() {}

  /** What is wrong with answering {@code status}/{@code answer} to {@code body}, or null. */
  static String problem(String endpoint, byte[] body, int status, byte[] answer) {
    if (status >= 500) {
      return "HTTP " + status + ": " + new String(answer, StandardCharsets.UTF_8);
    }
    if (status >= 400) {
      return answer.length == 0 ? "HTTP " + status + " without a reason" : null;
    }
    if (status != 200) {
      return "unexpected HTTP " + status;
    }
    JsonNode review;
    JsonNode sent;
    try {
      review = Json.MAPPER.readTree(answer);
      sent = Json.MAPPER.readTree(body);
    } catch (Exception e) {
      return "answer or accepted body is not JSON: " + e.getMessage();
    }
    JsonNode request = sent.path("request");
    JsonNode response = review.path("response");
    if (!"AdmissionReview".equals(review.path("kind").asText())
        || !review.path("apiVersion").asText().equals(sent.path("apiVersion").asText())) {
      return "not an AdmissionReview echoing the apiVersion: " + review;
    }
    if (!response.path("uid").isTextual()
        || !response.path("uid").asText().equals(request.path("uid").asText())) {
      return "uid not echoed: " + response.path("uid");
    }
    if (!response.path("allowed").isBoolean()) {
      return "no boolean allowed";
    }
    if (response.path("status").path("code").asInt() == 500
        || response.toString().contains("internal error")
        || response.toString().contains("normalizing failed")) {
      return "internal error: " + response;
    }
    String undecodable = undecodable(request);
    if (undecodable != null) {
      if (endpoint.equals("validate") && response.path("allowed").asBoolean()) {
        return "allowed an undecodable object (" + undecodable + ")";
      }
      if (endpoint.equals("mutate") && response.has("patch")) {
        return "patched an undecodable object (" + undecodable + ")";
      }
    }
    return null;
  }

  /** Why the judged object of an accepted request cannot be decoded, or null. */
  static String undecodable(JsonNode request) {
    String operation = request.path("operation").asText();
    if (operation.equals("CONNECT")) {
      return null;
    }
    JsonNode object = request.path(operation.equals("DELETE") ? "oldObject" : "object");
    if (object.isMissingNode() || object.isNull()) {
      return "object missing";
    }
    if (!object.isObject()) {
      return "object is not an object";
    }
    boolean universal = !object.has("kind") && object.path("type").isTextual();
    JsonNode kind =
        object.has("kind")
            ? object.get("kind")
            : universal ? object.get("type") : request.path("kind").path("kind");
    if (!kind.isTextual() || KumaKind.of(kind.asText()).isEmpty()) {
      return null;
    }
    if (!universal && object.has("metadata") && !object.get("metadata").isObject()) {
      return "metadata is not an object";
    }
    JsonNode labels = universal ? object.path("labels") : object.path("metadata").path("labels");
    if (!labels.isMissingNode() && !labels.isNull() && !labels.isObject()) {
      return "labels is not an object";
    }
    JsonNode spec = object.path("spec");
    if (!spec.isMissingNode() && !spec.isNull() && !spec.isObject()) {
      return "spec is not an object";
    }
    return null;
  }
}
