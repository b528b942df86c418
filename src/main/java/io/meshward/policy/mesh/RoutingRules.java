package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code RoutingRules} is Kuma's {@code validateZoneEgress}: with {@code routing.zoneEgress: true}
 * mTLS must be enabled ({@code mtls.enabledBackend} set). Paths are relative to the spec.
 */
final class RoutingRules {

  private RoutingRules() {}

  /** The violations of {@code routing} given the spec's {@code mtls}. */
  static FieldErrors validate(JsonNode routing, JsonNode mtls) {
    FieldErrors errs = new FieldErrors();
    if (routing == null || !SpecNodes.bool(routing, "zoneEgress")) {
      return errs;
    }
    String enabled = SpecNodes.text(mtls, "enabledBackend");
    if (enabled != null && enabled.isEmpty()) {
      errs.add("mtls", "has to be set when zoneEgress enabled");
    }
    return errs;
  }
}
