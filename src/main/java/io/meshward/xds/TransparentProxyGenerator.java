package io.meshward.xds;

import static io.meshward.xds.PassthroughNames.name;

import com.google.protobuf.BoolValue;
import com.google.protobuf.UInt32Value;
import io.envoyproxy.envoy.config.cluster.v3.CircuitBreakers;
import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import io.envoyproxy.envoy.config.core.v3.BindConfig;
import io.envoyproxy.envoy.config.core.v3.SocketAddress;
import io.envoyproxy.envoy.config.core.v3.TrafficDirection;
import io.envoyproxy.envoy.config.listener.v3.FilterChainMatch;
import io.envoyproxy.envoy.config.listener.v3.Listener;
import io.envoyproxy.envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * {@code TransparentProxyGenerator} makes the transparent-proxy passthrough resources of one proxy
 * as Kuma's {@code TransparentProxyGenerator} does (listeners on the proxy's redirect ports, by
 * default outbound 15001 and inbound 15006, IPv4 and with IPv6 also {@code ::}, inbound clusters
 * bound to 127.0.0.6 / ::6, the no-destination cluster); nothing for a proxy without a transparent
 * proxy or one whose outbounds are bound ({@link DataplaneFeatures#BIND_OUTBOUNDS}). With {@code
 * passthrough: false} on the Mesh the outbound clusters are omitted and the listeners kept. With
 * mesh mTLS in {@code STRICT} mode, a proxy advertising {@link
 * DataplaneFeatures#STRICT_INBOUND_PORTS} gets one inbound filter chain per inbound port instead of
 * one for every port.
 */
public final class TransparentProxyGenerator {

  private final PassthroughOptions options;

  /** A generator writing {@code options}. */
  public TransparentProxyGenerator(PassthroughOptions options) {
    this.options = options;
  }

  /** The values written into the passthrough resources. */
  public PassthroughOptions options() {
    return options;
  }

  /**
   * The passthrough resources of {@code proxy} in a mesh whose mTLS is not {@code STRICT}; outbound
   * clusters only when {@code passthrough}.
   */
  public ResourceSet generate(ProxyIdentity proxy, boolean passthrough) {
    return generate(proxy, passthrough, false);
  }

  /**
   * The passthrough resources of {@code proxy}; outbound clusters only when {@code passthrough};
   * {@code strictMtls} when the mesh has mTLS on and its enabled backend is in {@code STRICT} mode.
   */
  public ResourceSet generate(ProxyIdentity proxy, boolean passthrough, boolean strictMtls) {
    ResourceSet set = new ResourceSet();
    if (!proxy.redirect().enabled() || proxy.hasFeature(DataplaneFeatures.BIND_OUTBOUNDS)) {
      return set; // no redirection: Kuma generates nothing
    }
    List<Integer> strictPorts = strictMtls ? strictInboundPorts(proxy) : List.of();
    boolean unified = proxy.unifiedNaming();
    int outboundPort = proxy.redirect().outboundPort();
    int inboundPort = proxy.redirect().inboundPort();
    set.add(transparent(NO_DESTINATION_CLUSTER));
    for (int ip : proxy.ipv6() ? new int[] {4, 6} : new int[] {4}) {
      String any = ip == 4 ? "0.0.0.0" : "::";
      String outbound = name("outbound", ip, unified);
      String inbound = name("inbound", ip, unified);
      set.add(transparent(outboundListener(outbound, any, outboundPort, proxy)));
      set.add(transparent(inboundListener(inbound, any, inboundPort, proxy, strictPorts)));
      if (passthrough) {
        set.add(transparent(cluster(outbound, unified, null)));
      }
      set.add(transparent(cluster(inbound, unified, ip == 4 ? "127.0.0.6" : "::6")));
    }
    return set;
  }

  /**
   * The ports the inbound passthrough of {@code proxy} is restricted to when the mesh's mTLS is
   * {@code STRICT}: its inbound ports when it advertises {@link
   * DataplaneFeatures#STRICT_INBOUND_PORTS}; empty (every port passes) otherwise, and when its
   * ports are not known, where Kuma's rule cannot be applied.
   */
  public static List<Integer> strictInboundPorts(ProxyIdentity proxy) {
    return proxy.hasFeature(DataplaneFeatures.STRICT_INBOUND_PORTS)
        ? proxy.inboundPorts()
        : List.of();
  }

  private static final Cluster NO_DESTINATION_CLUSTER =
      Cluster.newBuilder()
          .setName(PassthroughNames.NO_DESTINATION)
          .setAltStatName(PassthroughNames.NO_DESTINATION)
          .setType(Cluster.DiscoveryType.STATIC)
          .setConnectTimeout(Durations.toProto(PassthroughOptions.KUMA_CONNECT_TIMEOUT))
          .build();

  private static XdsResource transparent(com.google.protobuf.Message m) {
    String name = m instanceof Cluster c ? c.getName() : ((Listener) m).getName();
    return new XdsResource(name, XdsTypes.ORIGIN_TRANSPARENT, m);
  }

  private Cluster cluster(String name, boolean unified, String sourceAddress) {
    Cluster.Builder b =
        PassthroughParts.originalDstCluster(name, !unified, options.connectTimeout());
    if (sourceAddress != null) {
      b.setUpstreamBindConfig(BindConfig.newBuilder().setSourceAddress(socket(sourceAddress, 0)));
    } else if (options.hasThresholds()) {
      CircuitBreakers.Thresholds.Builder t = CircuitBreakers.Thresholds.newBuilder();
      set(options.maxConnections(), v -> t.setMaxConnections(v));
      set(options.maxPendingRequests(), v -> t.setMaxPendingRequests(v));
      set(options.maxRequests(), v -> t.setMaxRequests(v));
      set(options.maxRetries(), v -> t.setMaxRetries(v));
      b.setCircuitBreakers(CircuitBreakers.newBuilder().addThresholds(t));
    }
    return b.build();
  }

  private static void set(OptionalInt value, Consumer<UInt32Value> setter) {
    value.ifPresent(v -> setter.accept(UInt32Value.of(v)));
  }

  private Listener outboundListener(String name, String address, int port, ProxyIdentity proxy) {
    TcpProxy.Builder tcp = PassthroughParts.tcpProxy(name, name);
    if (options.idleTimeout().isPresent()) {
      tcp.setIdleTimeout(Durations.toProto(options.idleTimeout().get()));
    }
    return listener(name, address, port, TrafficDirection.OUTBOUND, proxy)
        .addFilterChains(PassthroughParts.chain(tcp))
        .build();
  }

  private static Listener inboundListener(
      String name, String address, int port, ProxyIdentity proxy, List<Integer> strictPorts) {
    Listener.Builder b =
        listener(name, address, port, TrafficDirection.INBOUND, proxy)
            .setEnableReusePort(BoolValue.of(proxy.hasFeature(DataplaneFeatures.REUSE_PORT)));
    if (strictPorts.isEmpty()) {
      return b.addFilterChains(PassthroughParts.chain(PassthroughParts.tcpProxy(name, name)))
          .build();
    }
    for (int inboundPort : strictPorts) {
      String cluster =
          inboundPort == DataplaneFeatures.RESERVED_PORT ? PassthroughNames.NO_DESTINATION : name;
      b.addFilterChains(
          PassthroughParts.chain(PassthroughParts.tcpProxy(cluster, name))
              .setFilterChainMatch(
                  FilterChainMatch.newBuilder().setDestinationPort(UInt32Value.of(inboundPort))));
    }
    return b.build();
  }

  private static Listener.Builder listener(
      String name, String address, int port, TrafficDirection direction, ProxyIdentity proxy) {
    Listener.Builder b =
        Listener.newBuilder()
            .setName(name)
            .setAddress(PassthroughParts.address(address, port))
            .setTrafficDirection(direction)
            .setUseOriginalDst(BoolValue.of(true));
    if (proxy.unifiedNaming()) {
      b.setStatPrefix(name);
    }
    return b;
  }

  private static SocketAddress socket(String address, int port) {
    return SocketAddress.newBuilder().setAddress(address).setPortValue(port).build();
  }
}
