package io.meshward.admission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.config.MeshwardConfig;
import io.meshward.engine.ValidationEngine;
import io.meshward.engine.Verdict;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * {@code ValidateResource} is the validating webhook: {@code POST /validate} takes an
 * AdmissionReview and answers with the engine's verdict.
 */
@Path("/validate")
public class ValidateResource {

  private static final Logger LOG = Logger.getLogger(ValidateResource.class);

  @Inject ValidationEngine engine;
  @Inject MeshwardConfig config;
  @Inject AdmissionMetrics metrics;

  private final DenialLog denials = new DenialLog(Duration.ofMinutes(1), Clock.systemUTC());

  @Inject io.meshward.xds.server.XdsServer xds;

  /** Judges the AdmissionReview in {@code body}. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public ObjectNode validate(byte[] body) {
    long start = System.nanoTime();
    AdmissionRequestView request = AdmissionReviewReader.read(body);
    Verdict verdict;
    try {
      verdict = engine.validate(request.toInput());
    } catch (RuntimeException e) {
      // An engine bug must still give an answer, and never an accidental allow.
      LOG.errorf(e, "validation of %s %s failed", request.kind(), request.name());
      verdict = Verdict.errored(500, "internal error while validating: " + e);
    }
    Enforcement.Decision decision = Enforcement.apply(verdict, config.admission().enforcement());
    // What the API server will store (in warn mode, denied objects too) is what proxies get.
    xds.accepted(request, decision.verdict());
    Verdict answer = decision.verdict();
    if (!verdict.allowed()) {
      denials.log(
          "validate",
          request,
          decision.auditAnnotations().getOrDefault(Enforcement.RULE_ANNOTATION, ""),
          verdict.message());
    }
    metrics.record(
        "validate",
        request.kind(),
        request.operation().name(),
        answer.allowed(),
        Duration.ofNanos(System.nanoTime() - start),
        verdict.violations());
    return AdmissionReviewWriter.write(request, answer, null, decision.auditAnnotations());
  }
}
