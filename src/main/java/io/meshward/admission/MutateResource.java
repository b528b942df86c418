package io.meshward.admission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.engine.Mutation;
import io.meshward.engine.MutationEngine;
import io.meshward.engine.Verdict;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * {@code MutateResource} is the mutating webhook: {@code POST /mutate} takes an AdmissionReview and
 * always admits the object, with the {@link MutationEngine}'s minimal JSON Patch when it normalized
 * something, one warning per change and the audit annotation {@value #AUDIT_ANNOTATION}. DELETE and
 * CONNECT never get a patch. Validation is the validating webhook's job: an object that cannot be
 * normalized is admitted unchanged with a warning.
 */
@Path("/mutate")
public class MutateResource {

  /**
   * Key of the audit annotation summarizing the changes. The API server records it as {@code
   * <webhook name>/normalized} (it prefixes every key with the webhook name and drops keys that
   * already hold a {@code /}), e.g. {@code mutate.meshward.io/normalized}.
   */
  public static final String AUDIT_ANNOTATION = "normalized";

  private static final Logger LOG = Logger.getLogger(MutateResource.class);

  @Inject MutationEngine engine;
  @Inject AdmissionMetrics metrics;

  /** Normalizes the object of the AdmissionReview in {@code body}. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public ObjectNode mutate(byte[] body) {
    long start = System.nanoTime();
    AdmissionRequestView request = AdmissionReviewReader.read(body);
    try {
      return answer(request);
    } finally {
      metrics.record(
          "mutate",
          request.kind(),
          request.operation().name(),
          true,
          Duration.ofNanos(System.nanoTime() - start),
          List.of());
    }
  }

  private ObjectNode answer(AdmissionRequestView request) {
    Mutation mutation;
    try {
      mutation = engine.mutate(request.toInput());
    } catch (RuntimeException e) {
      // An engine bug must not block the object: admit it unchanged, validation still judges it.
      LOG.errorf(e, "normalizing %s %s failed", request.kind(), request.name());
      return AdmissionReviewWriter.write(
          request,
          Verdict.allow(List.of("not normalized: internal error in meshward")),
          null,
          Map.of());
    }
    Map<String, String> audit =
        mutation.changed() ? Map.of(AUDIT_ANNOTATION, mutation.summary()) : Map.of();
    return AdmissionReviewWriter.write(
        request,
        Verdict.allow(mutation.warnings()),
        mutation.changed() ? mutation.patch() : null,
        audit);
  }
}
