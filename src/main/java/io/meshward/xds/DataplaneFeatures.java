package io.meshward.xds;

/**
 * {@code DataplaneFeatures} names the kuma-dp features (node metadata {@code features}, Kuma's
 * {@code pkg/core/xds/types}) that change the transparent-proxy resources Kuma generates.
 */
public final class DataplaneFeatures {

  /**
   * Outbound listeners are bound on 127.0.0.0/8 instead of reached by redirection: Kuma generates
   * no transparent-proxy resources.
   */
  public static final String BIND_OUTBOUNDS = "feature-bind-outbounds";

  /** The inbound passthrough listeners are made with {@code enableReusePort: true}. */
  public static final String REUSE_PORT = "feature-reuse-port";

  /**
   * With mesh mTLS on in {@code STRICT} mode, the inbound passthrough listeners pass only the ports
   * of the Dataplane's inbounds (one filter chain per port; the reserved port goes to the
   * no-destination cluster).
   */
  public static final String STRICT_INBOUND_PORTS = "feature-strict-inbound-ports";

  /** Kuma's reserved inbound port ({@code mesh_proto.TCPPortReserved}): it has no listener. */
  public static final int RESERVED_PORT = 49151;

  private DataplaneFeatures() {}
}
