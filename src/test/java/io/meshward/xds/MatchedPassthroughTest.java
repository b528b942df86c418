package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import io.envoyproxy.envoy.config.listener.v3.FilterChain;
import io.envoyproxy.envoy.config.listener.v3.Listener;
import io.envoyproxy.envoy.config.route.v3.VirtualHost;
import io.envoyproxy.envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager;
import io.envoyproxy.envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy;
import io.meshward.core.Json;
import io.meshward.core.KumaResource;
import io.meshward.policy.PolicyRoles;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MeshPassthrough {@code Matched} builds Kuma's filter chains and clusters for each protocol. */
class MatchedPassthroughTest {

  private static final String OUTBOUND_V4 = "outbound:passthrough:ipv4";

  static ResourceSet render(boolean ipv6, String... matches) throws Exception {
    String yaml =
        """
        type: MeshPassthrough
        name: matched
        mesh: default
        spec:
          targetRef: {kind: Mesh}
          default:
            passthroughMode: Matched
            appendMatch: [%s]
        """
            .formatted(String.join(", ", matches));
    MeshInputs inputs =
        new MeshInputs(null, List.of(), List.of(KumaResource.of(Json.YAML.readTree(yaml))));
    ProxyRenderer renderer =
        new ProxyRenderer(
            PassthroughOptions.defaults(), new PolicySelection(new PolicyRoles(Set.of())));
    return renderer.render(
        ProxyIdentity.of("default", "web", "demo").withFlags(ipv6, false), inputs);
  }

  static List<FilterChain> chains(ResourceSet set, String listener) {
    return ((Listener) set.get(XdsTypes.LISTENER, listener).orElseThrow().resource())
        .getFilterChainsList();
  }

  static Cluster cluster(ResourceSet set, String name) {
    XdsResource r = set.get(XdsTypes.CLUSTER, name).orElseThrow();
    assertThat(r.origin()).isEqualTo(XdsTypes.ORIGIN_MESH_PASSTHROUGH);
    return (Cluster) r.resource();
  }

  static HttpConnectionManager hcm(FilterChain chain) throws Exception {
    assertThat(chain.getFilters(0).getName()).isEqualTo(XdsTypes.HCM_FILTER);
    return chain.getFilters(0).getTypedConfig().unpack(HttpConnectionManager.class);
  }

  @Test
  void tcpIpIsARawBufferChainProxyingToItsOwnCluster() throws Exception {
    ResourceSet set = render(false, "{type: IP, value: 192.168.0.1, port: 5432, protocol: tcp}");
    FilterChain chain = chains(set, OUTBOUND_V4).get(0);
    assertThat(chain.getName()).isEqualTo("meshpassthrough_tcp_192.168.0.1_5432");
    assertThat(chain.getFilterChainMatch().getTransportProtocol()).isEqualTo("raw_buffer");
    assertThat(chain.getFilterChainMatch().getDestinationPort().getValue()).isEqualTo(5432);
    assertThat(chain.getFilterChainMatch().getPrefixRanges(0).getPrefixLen().getValue())
        .isEqualTo(32);
    TcpProxy tcp = chain.getFilters(0).getTypedConfig().unpack(TcpProxy.class);
    assertThat(tcp.getCluster()).isEqualTo("meshpassthrough_tcp_192.168.0.1_5432");
    assertThat(tcp.getStatPrefix()).isEqualTo("meshpassthrough_tcp_192_168_0_1_5432");
    Cluster cluster = cluster(set, tcp.getCluster());
    assertThat(cluster.getType()).isEqualTo(Cluster.DiscoveryType.ORIGINAL_DST);
    assertThat(cluster.getLbPolicy()).isEqualTo(Cluster.LbPolicy.CLUSTER_PROVIDED);
    assertThat(cluster.getTypedExtensionProtocolOptionsMap()).isEmpty();
    assertThat(set.get(XdsTypes.CLUSTER, OUTBOUND_V4)).isEmpty();
  }

  @Test
  void tlsDomainsMatchByServerName() throws Exception {
    ResourceSet set =
        render(
            false,
            "{type: Domain, value: '*.example.com', port: 443, protocol: tls}",
            "{type: Domain, value: api.example.com, port: 443, protocol: tls}");
    List<FilterChain> chains = chains(set, OUTBOUND_V4);
    assertThat(chains)
        .extracting(FilterChain::getName)
        .containsExactly(
            "meshpassthrough_tls_api.example.com_443", "meshpassthrough_tls_*.example.com_443");
    assertThat(chains.get(1).getFilterChainMatch().getServerNamesList())
        .containsExactly("*.example.com");
    assertThat(chains.get(1).getFilterChainMatch().getTransportProtocol()).isEqualTo("tls");
    assertThat(chains.get(1).getFilters(0).getTypedConfig().unpack(TcpProxy.class).getCluster())
        .isEqualTo("meshpassthrough_tls_*.example.com_443");
    cluster(set, "meshpassthrough_tls_api.example.com_443");
  }

  @Test
  void httpDomainsOfAPortShareOneChainWithAVirtualHostPerDomain() throws Exception {
    ResourceSet set =
        render(
            false,
            "{type: Domain, value: '*.example.com', port: 80, protocol: http}",
            "{type: Domain, value: www.example.com, port: 80, protocol: http}",
            "{type: Domain, value: a.b.example.com, port: 80, protocol: http}");
    List<FilterChain> chains = chains(set, OUTBOUND_V4);
    assertThat(chains).hasSize(1);
    FilterChain chain = chains.get(0);
    assertThat(chain.getName()).isEqualTo("meshpassthrough_http_80");
    assertThat(chain.getFilterChainMatch().getApplicationProtocolsList())
        .containsExactly("http/1.1", "h2c");
    assertThat(chain.getFilterChainMatch().getTransportProtocol()).isEqualTo("raw_buffer");
    HttpConnectionManager hcm = hcm(chain);
    assertThat(hcm.getStatPrefix()).isEqualTo("meshpassthrough_http_80");
    assertThat(hcm.getHttpFilters(0).getName()).isEqualTo("envoy.filters.http.router");
    assertThat(hcm.getRouteConfig().getName()).isEqualTo("meshpassthrough_http_80");
    List<VirtualHost> hosts = hcm.getRouteConfig().getVirtualHostsList();
    assertThat(hosts)
        .extracting(VirtualHost::getName)
        .containsExactly("a.b.example.com", "www.example.com", "*.example.com", "no_match");
    assertThat(hosts.get(1).getDomainsList())
        .containsExactly("www.example.com", "www.example.com:80");
    assertThat(hosts.get(1).getRoutes(0).getRoute().getCluster())
        .isEqualTo("meshpassthrough_http_www.example.com_80");
    assertThat(hosts.get(3).getDomainsList()).containsExactly("*");
    assertThat(hosts.get(3).getRoutes(0).getDirectResponse().getStatus()).isEqualTo(503);
    assertThat(hosts.get(3).getRoutes(0).getDirectResponse().getBody().getInlineString())
        .startsWith("This response comes from Kuma Sidecar. No routes matched this domain");
    for (String domain : List.of("a.b.example.com", "www.example.com", "*.example.com")) {
      assertThat(cluster(set, "meshpassthrough_http_" + domain + "_80").getType())
          .isEqualTo(Cluster.DiscoveryType.ORIGINAL_DST);
    }
  }

  @Test
  void httpDomainWithoutPortAlsoMatchesAnyPortInTheHostHeader() throws Exception {
    ResourceSet set = render(false, "{type: Domain, value: example.org, protocol: http}");
    FilterChain chain = chains(set, OUTBOUND_V4).get(0);
    assertThat(chain.getName()).isEqualTo("meshpassthrough_http_*");
    assertThat(chain.getFilterChainMatch().hasDestinationPort()).isFalse();
    VirtualHost host = hcm(chain).getRouteConfig().getVirtualHosts(0);
    assertThat(host.getDomainsList()).containsExactly("example.org", "example.org:*");
    assertThat(host.getRoutes(0).getRoute().getCluster())
        .isEqualTo("meshpassthrough_http_example.org_*");
  }

  @Test
  void http2AndGrpcClustersSpeakHttp2Upstream() throws Exception {
    ResourceSet set =
        render(
            false,
            "{type: Domain, value: api.example.com, port: 8080, protocol: http2}",
            "{type: Domain, value: grpc.example.com, port: 9090, protocol: grpc}",
            "{type: Domain, value: web.example.com, port: 80, protocol: http}");
    for (String name :
        List.of(
            "meshpassthrough_http2_api.example.com_8080",
            "meshpassthrough_grpc_grpc.example.com_9090")) {
      assertThat(cluster(set, name).getTypedExtensionProtocolOptionsMap())
          .containsOnlyKeys("envoy.extensions.upstreams.http.v3.HttpProtocolOptions");
    }
    assertThat(
            cluster(set, "meshpassthrough_http_web.example.com_80")
                .getTypedExtensionProtocolOptionsMap())
        .isEmpty();
    assertThat(chains(set, OUTBOUND_V4))
        .extracting(FilterChain::getName)
        .containsExactly(
            "meshpassthrough_http_80", "meshpassthrough_http2_8080", "meshpassthrough_grpc_9090");
  }

  @Test
  void aMatchForAnyPortAlsoGetsAChainOnEveryPortThePolicyNames() throws Exception {
    ResourceSet set =
        render(
            false,
            "{type: Domain, value: any.example.com, protocol: http}",
            "{type: Domain, value: web.example.com, port: 80, protocol: http}",
            "{type: IP, value: 10.0.0.9, protocol: tcp}",
            "{type: Domain, value: api.example.com, port: 443, protocol: tls}");
    List<FilterChain> chains = chains(set, OUTBOUND_V4);
    assertThat(chains)
        .extracting(FilterChain::getName)
        .containsExactly(
            "meshpassthrough_tls_api.example.com_443",
            "meshpassthrough_tcp_10.0.0.9_443",
            "meshpassthrough_tcp_10.0.0.9_80",
            "meshpassthrough_tcp_10.0.0.9_*",
            "meshpassthrough_http_443",
            "meshpassthrough_http_80",
            "meshpassthrough_http_*");
    List<VirtualHost> port80 = hcm(chains.get(5)).getRouteConfig().getVirtualHostsList();
    assertThat(port80)
        .extracting(VirtualHost::getName)
        .containsExactly("any.example.com", "web.example.com", "no_match");
    assertThat(port80.get(0).getDomainsList())
        .containsExactly("any.example.com", "any.example.com:80");
    assertThat(port80.get(0).getRoutes(0).getRoute().getCluster())
        .isEqualTo("meshpassthrough_http_any.example.com_80");
    cluster(set, "meshpassthrough_http_any.example.com_*");
    cluster(set, "meshpassthrough_tcp_10.0.0.9_443");
  }

  @Test
  void httpIpsAndCidrsRouteAnyHostToTheirCluster() throws Exception {
    ResourceSet set =
        render(
            false,
            "{type: CIDR, value: 10.1.2.3/16, port: 80, protocol: http}",
            "{type: IP, value: 10.9.9.9, port: 80, protocol: http}");
    List<FilterChain> chains = chains(set, OUTBOUND_V4);
    assertThat(chains)
        .extracting(FilterChain::getName)
        .containsExactly("meshpassthrough_http_10.9.9.9_80", "meshpassthrough_http_10.1.2.3/16_80");
    var range = chains.get(1).getFilterChainMatch().getPrefixRanges(0);
    assertThat(range.getAddressPrefix()).isEqualTo("10.1.0.0");
    assertThat(range.getPrefixLen().getValue()).isEqualTo(16);
    VirtualHost host = hcm(chains.get(1)).getRouteConfig().getVirtualHosts(0);
    assertThat(host.getName()).isEqualTo("10.1.2.3/16");
    assertThat(host.getDomainsList()).containsExactly("*");
    assertThat(host.getRoutes(0).getRoute().getCluster())
        .isEqualTo("meshpassthrough_http_10.1.2.3/16_80");
    assertThat(hcm(chains.get(1)).getRouteConfig().getVirtualHostsCount()).isEqualTo(1);
  }

  @Test
  void chainsAreOrderedTlsTcpHttpThenIpCidrDomainThenPortThenPrefix() throws Exception {
    ResourceSet set =
        render(
            false,
            "{type: Domain, value: a.com, port: 80, protocol: http}",
            "{type: CIDR, value: 10.0.0.0/8, port: 5432, protocol: tcp}",
            "{type: CIDR, value: 10.1.0.0/16, port: 5432, protocol: tcp}",
            "{type: IP, value: 10.2.0.1, port: 22, protocol: tcp}",
            "{type: IP, value: 10.2.0.2, port: 2222, protocol: tcp}",
            "{type: Domain, value: a.com, port: 443, protocol: tls}");
    assertThat(chains(set, OUTBOUND_V4))
        .extracting(FilterChain::getName)
        .containsExactly(
            "meshpassthrough_tls_a.com_443",
            "meshpassthrough_tcp_10.2.0.2_2222",
            "meshpassthrough_tcp_10.2.0.1_22",
            "meshpassthrough_tcp_10.1.0.0/16_5432",
            "meshpassthrough_tcp_10.0.0.0/8_5432",
            "meshpassthrough_http_80");
  }

  @Test
  void onlyListenersOfAFamilyWithMatchesAreChanged() throws Exception {
    ResourceSet set = render(true, "{type: IP, value: 10.0.0.1, port: 80, protocol: tcp}");
    assertThat(chains(set, "outbound:passthrough:ipv6")).hasSize(1);
    assertThat(chains(set, "outbound:passthrough:ipv6").get(0).getName()).isEmpty();
    assertThat(
            ((Listener) set.get(XdsTypes.LISTENER, "outbound:passthrough:ipv6").get().resource())
                .getListenerFiltersList())
        .isEmpty();
    Listener v4 = (Listener) set.get(XdsTypes.LISTENER, OUTBOUND_V4).get().resource();
    assertThat(v4.getListenerFiltersList())
        .extracting(f -> f.getName())
        .containsExactly(
            "envoy.filters.listener.tls_inspector", "envoy.filters.listener.http_inspector");
  }

  @Test
  void twoHttpProtocolsOnOnePortFailTheRender() {
    assertThatThrownBy(
            () ->
                render(
                    false,
                    "{type: Domain, value: a.com, port: 80, protocol: http}",
                    "{type: Domain, value: b.com, port: 80, protocol: grpc}"))
        .isInstanceOf(XdsException.class)
        .hasMessage("you cannot configure http, http2, grpc on the same port 80");
  }

  @Test
  void cidrsAreReadLikeGo() {
    assertThat(Cidr.parse("fd00:0:0:1::5/48")).isEqualTo(new Cidr("fd00::", 48));
    assertThat(Cidr.parse("2001:db8:0:0:1:0:0:1/128"))
        .isEqualTo(new Cidr("2001:db8::1:0:0:1", 128));
    assertThat(Cidr.parse("192.168.7.9/20")).isEqualTo(new Cidr("192.168.0.0", 20));
    assertThat(Cidr.parse("example.com/8")).isEqualTo(new Cidr("", 0));
  }
}
