package io.meshward.guard;

/**
 * {@code GuardId} names a live-traffic guard; its key is the configuration group under {@code
 * meshward.traffic.guards.*}.
 */
public enum GuardId {
  /** Mesh {@code networking.outbound.passthrough} turned off. */
  PASSTHROUGH_OFF("passthrough-off"),
  /** Mesh mTLS switched to STRICT. */
  STRICT_MTLS("strict-mtls"),
  /** MeshProxyPatch removing the outbound passthrough cluster, listener or tcp_proxy. */
  PROXY_PATCH("proxy-patch"),
  /** MeshPassthrough with {@code passthroughMode} None or Matched. */
  MESH_PASSTHROUGH("mesh-passthrough");

  private final String key;

  GuardId(String key) {
    this.key = key;
  }

  /** The configuration key, e.g. {@code passthrough-off}. */
  public String key() {
    return key;
  }
}
