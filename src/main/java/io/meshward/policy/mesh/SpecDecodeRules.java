package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * {@code SpecDecodeRules} reports the Mesh spec values that Kuma cannot even decode (protojson
 * fails, and Kuma answers 400 before any rule runs): a CA backend {@code mode} that is not {@code
 * STRICT} or {@code PERMISSIVE}, and a {@code dpCert.requestTimeout} or {@code
 * rootChain.requestTimeout} that is not a protobuf duration such as {@code 10s}. Paths are relative
 * to the spec.
 */
final class SpecDecodeRules {

  private static final Set<String> MODES = Set.of("STRICT", "PERMISSIVE");

  private SpecDecodeRules() {}

  /** The undecodable values of {@code spec}. */
  static FieldErrors validate(JsonNode spec) {
    FieldErrors errs = new FieldErrors();
    List<JsonNode> backends = SpecNodes.list(SpecNodes.object(spec, "mtls"), "backends");
    for (int i = 0; i < backends.size(); i++) {
      JsonNode backend = backends.get(i);
      String path = "mtls." + FieldErrors.index("backends", i);
      JsonNode mode = SpecNodes.get(backend, "mode");
      boolean modeOk =
          !SpecNodes.isSet(mode)
              || (mode.isTextual() && MODES.contains(mode.asText()))
              || mode.isIntegralNumber();
      if (!modeOk) {
        errs.add(path + ".mode", "invalid value for enum field mode: " + mode);
      }
      timeout(errs, path + ".dpCert", SpecNodes.object(backend, "dpCert"));
      timeout(errs, path + ".rootChain", SpecNodes.object(backend, "rootChain"));
    }
    return errs;
  }

  private static void timeout(FieldErrors errs, String path, JsonNode parent) {
    JsonNode timeout = SpecNodes.get(parent, "requestTimeout");
    if (!SpecNodes.isSet(timeout)) {
      return;
    }
    if (!timeout.isTextual() || !KumaDurations.isProtoDuration(timeout.asText())) {
      errs.add(
          path + ".requestTimeout", "invalid google.protobuf.Duration value " + timeout.toString());
    }
  }
}
