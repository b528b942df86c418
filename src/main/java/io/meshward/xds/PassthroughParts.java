package io.meshward.xds;

import com.google.protobuf.Any;
import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import io.envoyproxy.envoy.config.core.v3.Address;
import io.envoyproxy.envoy.config.core.v3.SocketAddress;
import io.envoyproxy.envoy.config.listener.v3.Filter;
import io.envoyproxy.envoy.config.listener.v3.FilterChain;
import io.envoyproxy.envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy;
import java.time.Duration;

/**
 * {@code PassthroughParts} builds the parts every passthrough-style resource of Kuma shares: the
 * ORIGINAL_DST cluster and the filter chain holding one tcp_proxy (transparent proxy,
 * MeshPassthrough, API-server bypass).
 */
final class PassthroughParts {

  private PassthroughParts() {}

  /**
   * An ORIGINAL_DST cluster as Kuma's {@code PassThroughCluster} makes it: {@code
   * CLUSTER_PROVIDED}, {@code connectTimeout}, and with {@code altStatName} its name made clean for
   * stats (Kuma leaves it out of unified names, which are clean already).
   */
  static Cluster.Builder originalDstCluster(
      String name, boolean altStatName, Duration connectTimeout) {
    Cluster.Builder b =
        Cluster.newBuilder()
            .setName(name)
            .setType(Cluster.DiscoveryType.ORIGINAL_DST)
            .setLbPolicy(Cluster.LbPolicy.CLUSTER_PROVIDED)
            .setConnectTimeout(Durations.toProto(connectTimeout));
    if (altStatName) {
      b.setAltStatName(PassthroughNames.statName(name));
    }
    return b;
  }

  /**
   * A tcp_proxy to {@code cluster} with its stats under {@code statsName} made clean for stats, as
   * Kuma's {@code TcpProxyDeprecated} names them (a unified name is clean already).
   */
  static TcpProxy.Builder tcpProxy(String cluster, String statsName) {
    return TcpProxy.newBuilder()
        .setCluster(cluster)
        .setStatPrefix(PassthroughNames.statName(statsName));
  }

  /** The address {@code address}:{@code port}. */
  static Address address(String address, int port) {
    return Address.newBuilder()
        .setSocketAddress(SocketAddress.newBuilder().setAddress(address).setPortValue(port))
        .build();
  }

  /** A filter chain holding {@code tcp} alone. */
  static FilterChain.Builder chain(TcpProxy.Builder tcp) {
    return FilterChain.newBuilder()
        .addFilters(
            Filter.newBuilder()
                .setName("envoy.filters.network.tcp_proxy")
                .setTypedConfig(Any.pack(tcp.build())));
  }
}
