package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code MeshSpecRules} is Kuma's {@code MeshResource.Validate()} for a Mesh spec, in Kuma's order:
 * mtls, logging, tracing, metrics, constraints, then the zone egress rule. Paths are relative to
 * the spec.
 */
final class MeshSpecRules {

  private MeshSpecRules() {}

  /** Every spec violation of {@code spec}. */
  static FieldErrors validate(JsonNode spec) {
    FieldErrors errs = new FieldErrors();
    JsonNode mtls = SpecNodes.object(spec, "mtls");
    errs.addAt("mtls", MtlsRules.validate(mtls));
    errs.addAt("logging", LoggingRules.validate(SpecNodes.object(spec, "logging")));
    errs.addAt("tracing", TracingRules.validate(SpecNodes.object(spec, "tracing")));
    errs.addAt("metrics", MetricsRules.validate(SpecNodes.object(spec, "metrics")));
    errs.addAt("constraints", ConstraintsRules.validate(SpecNodes.object(spec, "constraints")));
    errs.addAt("", RoutingRules.validate(SpecNodes.object(spec, "routing"), mtls));
    return errs;
  }
}
