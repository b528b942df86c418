package io.meshward.xds;

import com.google.protobuf.Any;
import io.envoyproxy.envoy.config.core.v3.DataSource;
import io.envoyproxy.envoy.config.listener.v3.Filter;
import io.envoyproxy.envoy.config.listener.v3.FilterChain;
import io.envoyproxy.envoy.config.route.v3.DirectResponseAction;
import io.envoyproxy.envoy.config.route.v3.Route;
import io.envoyproxy.envoy.config.route.v3.RouteAction;
import io.envoyproxy.envoy.config.route.v3.RouteConfiguration;
import io.envoyproxy.envoy.config.route.v3.RouteMatch;
import io.envoyproxy.envoy.config.route.v3.VirtualHost;
import io.envoyproxy.envoy.extensions.filters.http.router.v3.Router;
import io.envoyproxy.envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager;
import io.envoyproxy.envoy.extensions.filters.network.http_connection_manager.v3.HttpFilter;
import io.meshward.xds.PassthroughChains.Chain;
import io.meshward.xds.PassthroughMatch.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code PassthroughHttpChain} is the filter chain of an {@code http}, {@code http2} or {@code
 * grpc} MeshPassthrough match, as Kuma builds it: it matches plaintext HTTP ({@code http/1.1},
 * {@code h2c}) and runs an HTTP connection manager with an inline route configuration named like
 * the chain. For the domains of a port there is a virtual host per domain (the domain, and the
 * domain with the port as a {@code Host} header may carry it) routing to the domain's cluster, and
 * a last {@code no_match} virtual host answering 503; for an IP or CIDR one virtual host for any
 * {@code Host} routes to its cluster.
 */
final class PassthroughHttpChain {

  /** The body of Kuma's answer to a request for a domain no route matches. */
  static final String NO_MATCH =
      "This response comes from Kuma Sidecar. No routes matched this domain - check configuration"
          + " of your MeshPassthrough policy.\n";

  private PassthroughHttpChain() {}

  /** The chain of {@code chain} on the listener of {@code ip}; records its clusters. */
  static FilterChain of(Chain chain, int ip, Map<String, String> clusters) {
    String name = PassthroughMatch.chainName(chain.value(), chain.protocol(), chain.port());
    RouteConfiguration.Builder routes = RouteConfiguration.newBuilder().setName(name);
    if (chain.routesDomains()) {
      for (PassthroughMatch domain : chain.domains()) {
        String cluster = cluster(domain.value(), chain, clusters);
        routes.addVirtualHosts(host(domain.value(), domains(domain, chain.port()), cluster));
      }
      routes.addVirtualHosts(
          VirtualHost.newBuilder()
              .setName("no_match")
              .addDomains("*")
              .addRoutes(
                  Route.newBuilder()
                      .setMatch(RouteMatch.newBuilder().setPrefix("/"))
                      .setDirectResponse(
                          DirectResponseAction.newBuilder()
                              .setStatus(503)
                              .setBody(DataSource.newBuilder().setInlineString(NO_MATCH)))));
    } else {
      String cluster = cluster(chain.value(), chain, clusters);
      routes.addVirtualHosts(host(chain.value(), List.of("*"), cluster));
    }
    HttpConnectionManager hcm =
        HttpConnectionManager.newBuilder()
            .setStatPrefix(PassthroughNames.statName(name))
            .setRouteConfig(routes)
            .addHttpFilters(
                HttpFilter.newBuilder()
                    .setName("envoy.filters.http.router")
                    .setTypedConfig(Any.pack(Router.getDefaultInstance())))
            .setInternalAddressConfig(
                HttpConnectionManager.InternalAddressConfig.newBuilder()
                    .addCidrRanges(MatchedPassthrough.range("127.0.0.1", 32))
                    .addCidrRanges(MatchedPassthrough.range("::1", 128)))
            .build();
    return FilterChain.newBuilder()
        .setName(name)
        .setFilterChainMatch(
            MatchedPassthrough.addressMatch(chain, ip)
                .addApplicationProtocols("http/1.1")
                .addApplicationProtocols("h2c")
                .setTransportProtocol("raw_buffer"))
        .addFilters(Filter.newBuilder().setName(XdsTypes.HCM_FILTER).setTypedConfig(Any.pack(hcm)))
        .build();
  }

  private static String cluster(String value, Chain chain, Map<String, String> clusters) {
    String cluster = PassthroughMatch.clusterName(value, chain.protocol(), chain.port());
    clusters.put(cluster, chain.protocol());
    return cluster;
  }

  /** The {@code Host} values of a domain: with a port also {@code domain:port}. */
  private static List<String> domains(PassthroughMatch domain, int port) {
    List<String> out = new ArrayList<>(List.of(domain.value()));
    if (port != 0) {
      out.add(domain.value() + ":" + port);
    } else if (domain.type() == Type.DOMAIN) {
      out.add(domain.value() + ":*");
    }
    return out;
  }

  private static VirtualHost host(String name, List<String> domains, String cluster) {
    return VirtualHost.newBuilder()
        .setName(name)
        .addAllDomains(domains)
        .addRoutes(
            Route.newBuilder()
                .setMatch(RouteMatch.newBuilder().setPrefix("/"))
                .setRoute(RouteAction.newBuilder().setCluster(cluster)))
        .build();
  }
}
