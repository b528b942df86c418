package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Any;
import com.google.protobuf.UInt32Value;
import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import io.envoyproxy.envoy.config.core.v3.CidrRange;
import io.envoyproxy.envoy.config.listener.v3.Filter;
import io.envoyproxy.envoy.config.listener.v3.FilterChain;
import io.envoyproxy.envoy.config.listener.v3.FilterChainMatch;
import io.envoyproxy.envoy.config.listener.v3.Listener;
import io.envoyproxy.envoy.config.listener.v3.ListenerFilter;
import io.envoyproxy.envoy.extensions.filters.listener.http_inspector.v3.HttpInspector;
import io.envoyproxy.envoy.extensions.filters.listener.tls_inspector.v3.TlsInspector;
import io.envoyproxy.envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy;
import java.util.List;

/**
 * {@code MatchedPassthrough} builds MeshPassthrough {@code Matched} config: per {@code appendMatch}
 * entry a filter chain on the outbound passthrough listener of its IP family (domains on both) and
 * an ORIGINAL_DST cluster {@code meshpassthrough_<value>_<protocol>_<port>} (origin {@code
 * meshpassthrough}). IPs and CIDRs match by prefix range, TLS domains by SNI; every chain proxies
 * TCP. The listener gets the TLS and HTTP inspectors. The layout follows Kuma's goldens for IP and
 * CIDR rules; HTTP domain routing (an HCM per port in Kuma) is simplified to an SNI-less TCP chain.
 */
final class MatchedPassthrough {

  private MatchedPassthrough() {}

  static void configure(
      ResourceSet set, ProxyIdentity proxy, List<JsonNode> matches, TransparentProxyGenerator gen) {
    for (int ip : proxy.ipv6() ? new int[] {4, 6} : new int[] {4}) {
      String name = PassthroughNames.name("outbound", ip, proxy.unifiedNaming());
      var existing = set.get(XdsTypes.LISTENER, name);
      if (existing.isEmpty()) {
        continue;
      }
      Listener.Builder listener = ((Listener) existing.get().resource()).toBuilder();
      boolean any = false;
      for (JsonNode m : matches) {
        String type = m.path("type").asText("");
        String value = m.path("value").asText("");
        boolean v6 = value.contains(":");
        if (!type.equals("Domain") && (v6 != (ip == 6))) {
          continue;
        }
        if (!any) {
          listener.clearFilterChains();
          any = true;
        }
        String protocol = m.path("protocol").asText("tcp");
        String port = m.has("port") ? m.path("port").asText() : "*";
        String cluster = "meshpassthrough_" + value + "_" + protocol + "_" + port;
        listener.addFilterChains(chain(type, value, protocol, m, cluster));
        set.add(new XdsResource(cluster, XdsTypes.ORIGIN_MESH_PASSTHROUGH, cluster(cluster, gen)));
      }
      if (any) {
        listener
            .clearListenerFilters()
            .addListenerFilters(
                ListenerFilter.newBuilder()
                    .setName("envoy.filters.listener.tls_inspector")
                    .setTypedConfig(Any.pack(TlsInspector.getDefaultInstance())))
            .addListenerFilters(
                ListenerFilter.newBuilder()
                    .setName("envoy.filters.listener.http_inspector")
                    .setTypedConfig(Any.pack(HttpInspector.getDefaultInstance())));
        set.add(existing.get().with(listener.build()));
      }
    }
  }

  private static FilterChain chain(
      String type, String value, String protocol, JsonNode m, String cluster) {
    FilterChainMatch.Builder match = FilterChainMatch.newBuilder();
    if (m.has("port")) {
      match.setDestinationPort(UInt32Value.of(m.path("port").asInt()));
    }
    if (type.equals("Domain")) {
      match.addServerNames(value).setTransportProtocol("tls");
    } else {
      String[] parts = value.split("/");
      int len = parts.length > 1 ? Integer.parseInt(parts[1]) : value.contains(":") ? 128 : 32;
      match.addPrefixRanges(
          CidrRange.newBuilder().setAddressPrefix(parts[0]).setPrefixLen(UInt32Value.of(len)));
      match.setTransportProtocol(protocol.equals("tls") ? "tls" : "raw_buffer");
    }
    String port = m.has("port") ? m.path("port").asText() : "*";
    return FilterChain.newBuilder()
        .setName("meshpassthrough_" + protocol + "_" + value + "_" + port)
        .setFilterChainMatch(match)
        .addFilters(
            Filter.newBuilder()
                .setName("envoy.filters.network.tcp_proxy")
                .setTypedConfig(
                    Any.pack(
                        TcpProxy.newBuilder()
                            .setCluster(cluster)
                            .setStatPrefix(PassthroughNames.statName(cluster))
                            .build())))
        .build();
  }

  private static Cluster cluster(String name, TransparentProxyGenerator gen) {
    return Cluster.newBuilder()
        .setName(name)
        .setAltStatName(PassthroughNames.statName(name))
        .setType(Cluster.DiscoveryType.ORIGINAL_DST)
        .setLbPolicy(Cluster.LbPolicy.CLUSTER_PROVIDED)
        .setConnectTimeout(Durations.toProto(gen.options().connectTimeout()))
        .build();
  }
}
