package io.meshward.admission;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import io.meshward.core.Violation;
import io.meshward.engine.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * {@code AdmissionReviewWriter} renders a {@link Verdict} as an AdmissionReview response in the
 * shapes Kuma's webhook uses: {@code status.code} 200 when allowed; 422 {@code Invalid} with one
 * {@code FieldValueInvalid} cause per violation; {@code admission.Denied}'s 403 {@code Forbidden}
 * with a message; and for requests that cannot be judged, {@code admission.Errored}'s shape: a code
 * and a message only.
 */
public final class AdmissionReviewWriter {

  private AdmissionReviewWriter() {}

  /**
   * The AdmissionReview answering {@code request}.
   *
   * @param request the request (its apiVersion and uid are echoed)
   * @param verdict the engine's verdict
   * @param patch RFC 6902 patch JSON to attach, or {@code null} for none
   * @param annotations audit annotations, or an empty map
   */
  public static ObjectNode write(
      AdmissionRequestView request,
      Verdict verdict,
      ArrayNode patch,
      Map<String, String> annotations) {
    ObjectNode review = Json.MAPPER.createObjectNode();
    review.put("apiVersion", request.apiVersion());
    review.put("kind", "AdmissionReview");
    ObjectNode response = review.putObject("response");
    response.put("uid", request.uid());
    response.put("allowed", verdict.allowed());
    response.set("status", status(request, verdict));
    if (!verdict.warnings().isEmpty()) {
      ArrayNode warnings = response.putArray("warnings");
      verdict.warnings().forEach(warnings::add);
    }
    if (patch != null && !patch.isEmpty()) {
      response.put("patchType", "JSONPatch");
      byte[] bytes = patch.toString().getBytes(StandardCharsets.UTF_8);
      response.put("patch", Base64.getEncoder().encodeToString(bytes));
    }
    if (!annotations.isEmpty()) {
      ObjectNode audit = response.putObject("auditAnnotations");
      annotations.forEach(audit::put);
    }
    return review;
  }

  private static ObjectNode status(AdmissionRequestView request, Verdict verdict) {
    ObjectNode status = Json.MAPPER.createObjectNode();
    status.put("code", verdict.code());
    status.putObject("metadata");
    if (verdict.allowed()) {
      return status;
    }
    if (verdict.code() == 422) {
      // Kuma's field violations carry it; admission.Denied and admission.Errored do not
      status.put("status", "Failure");
    }
    status.put("message", verdict.message());
    if (!verdict.reason().isEmpty()) {
      status.put("reason", verdict.reason());
    }
    if (!verdict.violations().isEmpty() && !verdict.reason().isEmpty()) {
      ObjectNode details = status.putObject("details");
      details.put("name", request.name());
      details.put("kind", request.kind().isEmpty() ? kindOf(request) : request.kind());
      ArrayNode causes = details.putArray("causes");
      for (Violation v : verdict.violations()) {
        ObjectNode cause = causes.addObject();
        cause.put("reason", "FieldValueInvalid");
        cause.put("message", v.message());
        cause.put("field", v.field());
      }
    }
    return status;
  }

  private static String kindOf(AdmissionRequestView request) {
    return request.object().path("kind").asText(request.oldObject().path("kind").asText(""));
  }
}
