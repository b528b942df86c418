package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Any;
import com.google.protobuf.Message;
import com.google.protobuf.UInt32Value;
import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import io.envoyproxy.envoy.config.core.v3.CidrRange;
import io.envoyproxy.envoy.config.core.v3.Http2ProtocolOptions;
import io.envoyproxy.envoy.config.listener.v3.FilterChain;
import io.envoyproxy.envoy.config.listener.v3.FilterChainMatch;
import io.envoyproxy.envoy.config.listener.v3.Listener;
import io.envoyproxy.envoy.config.listener.v3.ListenerFilter;
import io.envoyproxy.envoy.extensions.filters.listener.http_inspector.v3.HttpInspector;
import io.envoyproxy.envoy.extensions.filters.listener.tls_inspector.v3.TlsInspector;
import io.envoyproxy.envoy.extensions.upstreams.http.v3.HttpProtocolOptions;
import io.meshward.xds.PassthroughChains.Chain;
import io.meshward.xds.PassthroughMatch.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code MatchedPassthrough} builds MeshPassthrough {@code Matched} config as Kuma's plugin does.
 * The outbound passthrough listener of each IP family that has matches loses its default chain and
 * gets one filter chain per {@link PassthroughChains.Chain}: {@code tcp} and {@code tls} chains
 * proxy TCP (TLS ones match the SNI of a domain), {@code http}, {@code http2} and {@code grpc}
 * chains run an HTTP connection manager whose routes send each domain (or the IP/CIDR) to its own
 * cluster. Every cluster is ORIGINAL_DST, named {@code meshpassthrough_<protocol>_<value>_<port>},
 * origin {@code meshpassthrough}; {@code http2} and {@code grpc} clusters speak HTTP/2 upstream.
 * The listener gets the TLS and HTTP inspectors.
 */
final class MatchedPassthrough {

  private static final String HTTP_PROTOCOL_OPTIONS =
      "envoy.extensions.upstreams.http.v3.HttpProtocolOptions";

  private MatchedPassthrough() {}

  static void configure(
      ResourceSet set, ProxyIdentity proxy, List<JsonNode> matches, TransparentProxyGenerator gen)
      throws XdsException {
    List<Chain> chains = PassthroughChains.of(matches);
    Map<String, String> clusters = new LinkedHashMap<>();
    for (int ip : proxy.ipv6() ? new int[] {4, 6} : new int[] {4}) {
      String name = PassthroughNames.name("outbound", ip, proxy.unifiedNaming());
      var existing = set.get(XdsTypes.LISTENER, name);
      if (existing.isEmpty() || chains.stream().noneMatch(c -> c.type().on(ip))) {
        continue;
      }
      Listener.Builder listener = ((Listener) existing.get().resource()).toBuilder();
      listener.clearFilterChains();
      for (Chain chain : chains) {
        if (chain.type().on(ip)) {
          listener.addFilterChains(
              chain.protocol().equals("tcp") || chain.protocol().equals("tls")
                  ? tcpChain(chain, ip, clusters)
                  : PassthroughHttpChain.of(chain, ip, clusters));
        }
      }
      addInspector(
          listener, "envoy.filters.listener.tls_inspector", TlsInspector.getDefaultInstance());
      addInspector(
          listener, "envoy.filters.listener.http_inspector", HttpInspector.getDefaultInstance());
      set.add(existing.get().with(listener.build()));
    }
    clusters.forEach(
        (name, protocol) ->
            set.add(
                new XdsResource(
                    name, XdsTypes.ORIGIN_MESH_PASSTHROUGH, cluster(name, protocol, gen))));
  }

  private static FilterChain tcpChain(Chain chain, int ip, Map<String, String> clusters) {
    boolean tls = chain.protocol().equals("tls");
    String cluster = PassthroughMatch.clusterName(chain.value(), chain.protocol(), chain.port());
    clusters.put(cluster, chain.protocol());
    FilterChainMatch.Builder match =
        addressMatch(chain, ip).setTransportProtocol(tls ? "tls" : "raw_buffer");
    if (tls && chain.type().isDomain()) {
      match.addServerNames(chain.value());
    }
    return PassthroughParts.chain(PassthroughParts.tcpProxy(cluster, cluster))
        .setName(PassthroughMatch.chainName(chain.value(), chain.protocol(), chain.port()))
        .setFilterChainMatch(match)
        .build();
  }

  /** The destination address and port part of a chain's match. */
  static FilterChainMatch.Builder addressMatch(Chain chain, int ip) {
    FilterChainMatch.Builder match = FilterChainMatch.newBuilder();
    if (chain.type() == Type.CIDR || chain.type() == Type.CIDR_V6) {
      Cidr cidr = Cidr.parse(chain.value());
      match.addPrefixRanges(range(cidr.address(), cidr.prefixLen()));
    } else if (chain.type() == Type.IP || chain.type() == Type.IP_V6) {
      match.addPrefixRanges(range(chain.value(), ip == 6 ? 128 : 32));
    }
    if (chain.port() != 0) {
      match.setDestinationPort(UInt32Value.of(chain.port()));
    }
    return match;
  }

  static CidrRange range(String address, int prefixLen) {
    return CidrRange.newBuilder()
        .setAddressPrefix(address)
        .setPrefixLen(UInt32Value.of(prefixLen))
        .build();
  }

  private static void addInspector(Listener.Builder listener, String name, Message config) {
    if (listener.getListenerFiltersList().stream().noneMatch(f -> f.getName().equals(name))) {
      listener.addListenerFilters(
          ListenerFilter.newBuilder().setName(name).setTypedConfig(Any.pack(config)));
    }
  }

  private static Cluster cluster(String name, String protocol, TransparentProxyGenerator gen) {
    Cluster.Builder b =
        PassthroughParts.originalDstCluster(name, true, gen.options().connectTimeout());
    if (protocol.equals("http2") || protocol.equals("grpc")) {
      HttpProtocolOptions http2 =
          HttpProtocolOptions.newBuilder()
              .setExplicitHttpConfig(
                  HttpProtocolOptions.ExplicitHttpConfig.newBuilder()
                      .setHttp2ProtocolOptions(Http2ProtocolOptions.getDefaultInstance()))
              .build();
      b.putTypedExtensionProtocolOptions(HTTP_PROTOCOL_OPTIONS, Any.pack(http2));
    }
    return b.build();
  }
}
