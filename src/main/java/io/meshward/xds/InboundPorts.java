package io.meshward.xds;

import java.util.List;

/**
 * {@code InboundPorts} reads the inbound ports of a proxy that strict inbound ports let through.
 */
final class InboundPorts {

  private InboundPorts() {}

  /**
   * The ports of {@code proxy}'s inbounds in declaration order, as Kuma lists them for strict
   * inbound ports; empty when it has no inbound or one of unknown port (a proxy known by its tags
   * alone), for which Kuma's rule cannot be applied and every port passes.
   */
  static List<Integer> known(ProxyIdentity proxy) {
    List<Integer> ports = proxy.inbounds().stream().map(ProxyIdentity.Inbound::port).toList();
    return ports.contains(0) ? List.of() : ports;
  }
}
