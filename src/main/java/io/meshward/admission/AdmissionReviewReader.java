package io.meshward.admission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import io.meshward.core.Operation;
import java.util.Set;

/**
 * {@code AdmissionReviewReader} turns an HTTP body into an {@link AdmissionRequestView}, refusing
 * anything that is not an AdmissionReview request with a one-line reason.
 */
public final class AdmissionReviewReader {

  /** The AdmissionReview versions accepted (and echoed). */
  public static final Set<String> VERSIONS =
      Set.of("admission.k8s.io/v1", "admission.k8s.io/v1beta1");

  private AdmissionReviewReader() {}

  /** Reads {@code body}; throws {@link BadAdmissionReviewException} when it cannot. */
  public static AdmissionRequestView read(byte[] body) {
    if (body == null || body.length == 0) {
      throw new BadAdmissionReviewException("empty body: expected an AdmissionReview");
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new BadAdmissionReviewException("body is not valid JSON: " + oneLine(e));
    } catch (java.io.IOException e) {
      throw new BadAdmissionReviewException("body cannot be read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new BadAdmissionReviewException(
          "body is not a JSON object: expected an AdmissionReview");
    }
    if (!"AdmissionReview".equals(root.path("kind").asText(null))) {
      throw new BadAdmissionReviewException("kind must be AdmissionReview");
    }
    String apiVersion = root.path("apiVersion").asText("");
    if (!VERSIONS.contains(apiVersion)) {
      throw new BadAdmissionReviewException(
          "apiVersion must be admission.k8s.io/v1 or admission.k8s.io/v1beta1, got \""
              + apiVersion
              + "\"");
    }
    JsonNode request = root.path("request");
    if (!request.isObject()) {
      throw new BadAdmissionReviewException("request is missing or not an object");
    }
    JsonNode uid = request.path("uid");
    if (!uid.isTextual() || uid.asText().isEmpty()) {
      throw new BadAdmissionReviewException("request.uid is missing or not a string");
    }
    Operation operation = Operation.parse(request.path("operation").asText(null));
    if (operation == null) {
      throw new BadAdmissionReviewException(
          "request.operation must be one of CREATE, UPDATE, DELETE, CONNECT");
    }
    String kind = request.path("kind").path("kind").asText("");
    JsonNode object = withKind(request.path("object"), kind);
    JsonNode oldObject = withKind(request.path("oldObject"), kind);
    JsonNode source = operation == Operation.DELETE ? oldObject : object;
    String name = request.path("name").asText("");
    if (name.isEmpty()) {
      name = source.path("metadata").path("name").asText("");
    }
    return new AdmissionRequestView(
        apiVersion,
        uid.asText(),
        kind,
        name,
        request.path("namespace").asText(""),
        operation,
        object,
        oldObject,
        request.path("dryRun").asBoolean(false),
        request.path("userInfo").path("username").asText(""));
  }

  /** The object, with {@code kind} taken from the request when the object lacks one. */
  private static JsonNode withKind(JsonNode node, String kind) {
    if (node.isMissingNode()) {
      return NullNode.getInstance();
    }
    if (node.isObject() && !node.has("kind") && !kind.isEmpty()) {
      ObjectNode copy = ((ObjectNode) node).deepCopy();
      copy.put("kind", kind);
      return copy;
    }
    return node;
  }

  private static String oneLine(JsonProcessingException e) {
    String msg = e.getOriginalMessage();
    int newline = msg.indexOf('\n');
    return (newline >= 0 ? msg.substring(0, newline) : msg)
        + " (line "
        + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
        + ")";
  }
}
