package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;

import io.envoyproxy.envoy.config.listener.v3.FilterChain;
import io.envoyproxy.envoy.config.listener.v3.Listener;
import io.envoyproxy.envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy;
import io.meshward.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The kuma-dp features that change the transparent-proxy resources: strict inbound ports under
 * {@code STRICT} mTLS, reuse port, bound outbounds (Kuma's {@code TransparentProxyGenerator} and
 * its golden cases 06–08).
 */
class DataplaneFeaturesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/xds/golden/features");
  private static final TransparentProxyGenerator GENERATOR =
      new TransparentProxyGenerator(PassthroughOptions.kuma());

  private static ProxyIdentity proxy(Set<String> features, int... ports) {
    List<ProxyIdentity.Inbound> inbounds =
        java.util.Arrays.stream(ports)
            .mapToObj(p -> new ProxyIdentity.Inbound(p, Map.of("kuma.io/service", "web")))
            .toList();
    return ProxyIdentity.of("default", "web", "demo")
        .withFlags(true, true)
        .withInbounds(inbounds)
        .withFeatures(features);
  }

  private static List<FilterChain> inboundChains(ResourceSet set, String name) {
    return ((Listener) set.get(XdsTypes.LISTENER, name).orElseThrow().resource())
        .getFilterChainsList();
  }

  private static String cluster(FilterChain chain) throws Exception {
    return chain.getFilters(0).getTypedConfig().unpack(TcpProxy.class).getCluster();
  }

  @Test
  void strictMtlsPassesOnlyTheInboundPorts() throws Exception {
    ResourceSet set =
        GENERATOR.generate(proxy(Set.of(DataplaneFeatures.STRICT_INBOUND_PORTS), 8080), true, true);
    // Kuma's golden 06, with the no-destination cluster 2.14 adds to every transparent proxy
    Golden.assertMatches(
        GOLDEN.resolve("strict-inbound-ports.golden.yaml"),
        XdsOutput.yaml(XdsOutput.document(set)));
  }

  @Test
  void everyInboundPortGetsAChainInOrderAndTheReservedOneGoesNowhere() throws Exception {
    ResourceSet set =
        GENERATOR.generate(
            proxy(Set.of(DataplaneFeatures.STRICT_INBOUND_PORTS), 9000, 8080, 49151), true, true);
    for (String name :
        List.of(
            "self_transparentproxy_passthrough_inbound_ipv4",
            "self_transparentproxy_passthrough_inbound_ipv6")) {
      List<FilterChain> chains = inboundChains(set, name);
      assertThat(chains)
          .extracting(c -> c.getFilterChainMatch().getDestinationPort().getValue())
          .containsExactly(9000, 8080, 49151);
      assertThat(cluster(chains.get(0))).isEqualTo(name);
      assertThat(cluster(chains.get(1))).isEqualTo(name);
      assertThat(cluster(chains.get(2))).isEqualTo(PassthroughNames.NO_DESTINATION);
    }
    // the outbound side is unchanged
    assertThat(inboundChains(set, "self_transparentproxy_passthrough_outbound_ipv4")).hasSize(1);
  }

  @Test
  void everyPortPassesWithoutStrictMtlsOrWithoutTheFeatureOrWithoutKnownPorts() throws Exception {
    String inbound = "self_transparentproxy_passthrough_inbound_ipv4";
    ProxyIdentity strict = proxy(Set.of(DataplaneFeatures.STRICT_INBOUND_PORTS), 8080, 9000);
    // PERMISSIVE or no mTLS (Kuma's golden 07 and 08)
    assertThat(inboundChains(GENERATOR.generate(strict, true, false), inbound))
        .singleElement()
        .satisfies(c -> assertThat(c.hasFilterChainMatch()).isFalse());
    assertThat(inboundChains(GENERATOR.generate(proxy(Set.of(), 8080), true, true), inbound))
        .hasSize(1);
    // no inbound, or one whose port is not known (a proxy known by its node metadata alone)
    assertThat(
            inboundChains(GENERATOR.generate(strict.withInbounds(List.of()), true, true), inbound))
        .hasSize(1);
    ProxyIdentity tagsOnly =
        new ProxyIdentity("default", "web", "demo", Map.of("app", "web"), false, false)
            .withFeatures(Set.of(DataplaneFeatures.STRICT_INBOUND_PORTS));
    assertThat(inboundChains(GENERATOR.generate(tagsOnly, true, true), "inbound:passthrough:ipv4"))
        .hasSize(1);
  }

  @Test
  void reusePortIsSetOnTheInboundListenersOnly() {
    ResourceSet set = GENERATOR.generate(proxy(Set.of(DataplaneFeatures.REUSE_PORT), 8080), true);
    for (XdsResource r : set.ofType(XdsTypes.LISTENER)) {
      Listener l = (Listener) r.resource();
      boolean inbound = l.getName().contains("inbound");
      assertThat(l.hasEnableReusePort()).as(l.getName()).isEqualTo(inbound);
      if (inbound) {
        assertThat(l.getEnableReusePort().getValue()).isTrue();
      }
    }
    Listener without =
        (Listener)
            GENERATOR
                .generate(proxy(Set.of(), 8080), true)
                .get(XdsTypes.LISTENER, "self_transparentproxy_passthrough_inbound_ipv4")
                .orElseThrow()
                .resource();
    assertThat(without.getEnableReusePort().getValue()).isFalse();
  }

  @Test
  void boundOutboundsGetNoTransparentProxyResources() {
    assertThat(
            GENERATOR
                .generate(proxy(Set.of(DataplaneFeatures.BIND_OUTBOUNDS), 8080), true, true)
                .sorted())
        .isEmpty();
  }
}
