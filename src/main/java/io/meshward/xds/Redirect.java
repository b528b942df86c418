package io.meshward.xds;

/**
 * {@code Redirect} is where a proxy's transparent proxy redirects traffic (Dataplane {@code
 * networking.transparentProxying.redirectPortOutbound} and {@code redirectPortInbound}). Kuma
 * generates the passthrough resources only when both ports are set, and listens on them.
 *
 * @param outboundPort the port outbound traffic is redirected to; 0 when not redirected
 * @param inboundPort the port inbound traffic is redirected to; 0 when not redirected
 */
public record Redirect(int outboundPort, int inboundPort) {

  /** Kuma's default ports: outbound 15001, inbound 15006. */
  public static final Redirect DEFAULT = new Redirect(15001, 15006);

  /** No transparent proxy: nothing is redirected. */
  public static final Redirect NONE = new Redirect(0, 0);

  /** Whether the proxy uses a transparent proxy (both ports set). */
  public boolean enabled() {
    return outboundPort != 0 && inboundPort != 0;
  }
}
