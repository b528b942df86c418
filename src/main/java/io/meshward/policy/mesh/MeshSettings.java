package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code MeshSettings} is the effective runtime-relevant part of a Mesh spec, read like Kuma reads
 * it: {@code networking.outbound.passthrough} (unset means {@code true}), whether mTLS is enabled
 * ({@code mtls.enabledBackend} set) and the {@code mode} of the enabled CA backend.
 *
 * @param passthrough whether the outbound passthrough cluster is generated
 * @param mtlsEnabled whether mTLS is enabled
 * @param enabledBackend the enabled CA backend's name; empty when mTLS is off
 * @param mtlsMode the enabled backend's mode; {@code STRICT} when unset or when mTLS is off
 */
public record MeshSettings(
    boolean passthrough, boolean mtlsEnabled, String enabledBackend, MtlsMode mtlsMode) {

  /** The mTLS mode of a CA backend. */
  public enum MtlsMode {
    /** Only mTLS traffic is accepted (Kuma's default, enum value 0). */
    STRICT,
    /** Plaintext, TLS and mTLS are accepted (enum value 1). */
    PERMISSIVE
  }

  /** The settings of {@code spec} (a Mesh spec; missing or malformed parts read as unset). */
  public static MeshSettings of(JsonNode spec) {
    JsonNode outbound = SpecNodes.object(SpecNodes.object(spec, "networking"), "outbound");
    JsonNode passthrough = SpecNodes.get(outbound, "passthrough");
    boolean passthroughOn = !passthrough.isBoolean() || passthrough.asBoolean();
    JsonNode mtls = SpecNodes.object(spec, "mtls");
    String enabled = SpecNodes.text(mtls, "enabledBackend");
    enabled = enabled == null ? "" : enabled;
    MtlsMode mode = MtlsMode.STRICT;
    if (!enabled.isEmpty()) {
      for (JsonNode backend : SpecNodes.list(mtls, "backends")) {
        if (enabled.equals(SpecNodes.text(backend, "name"))) {
          mode = modeOf(SpecNodes.get(backend, "mode"));
          break;
        }
      }
    }
    return new MeshSettings(passthroughOn, !enabled.isEmpty(), enabled, mode);
  }

  private static MtlsMode modeOf(JsonNode mode) {
    boolean permissive =
        (mode.isTextual() && mode.asText().equals("PERMISSIVE"))
            || (mode.isIntegralNumber() && mode.asInt() == 1);
    return permissive ? MtlsMode.PERMISSIVE : MtlsMode.STRICT;
  }
}
