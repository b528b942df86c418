package io.meshward.envoy;

import java.util.List;
import java.util.Optional;

/**
 * {@code DeprecatedFilterNames} is the one table of Envoy's deprecated network and HTTP filter
 * names and the canonical {@code envoy.filters.…} name each stands for. Envoy deprecated these
 * names in 1.14 (docs: "Deprecated", 1.14.0, "Canonical Names / Deprecated Names") and later
 * removed them; Kuma generates only the canonical names, so a MeshProxyPatch that matches a filter
 * by its old name matches nothing.
 *
 * <p>An alias is read per filter kind: {@code envoy.ext_authz} was the name of both the network and
 * the HTTP external authorization filter.
 */
public final class DeprecatedFilterNames {

  /** Where a filter sits: a listener filter chain, or an HTTP connection manager. */
  public enum FilterKind {
    NETWORK,
    HTTP
  }

  /**
   * One row of the table.
   *
   * @param kind the kind of filter the name is read for
   * @param deprecated the deprecated name
   * @param canonical the canonical name
   */
  public record Alias(FilterKind kind, String deprecated, String canonical) {}

  /** The table. */
  public static final List<Alias> TABLE =
      List.of(
          network("envoy.client_ssl_auth", "envoy.filters.network.client_ssl_auth"),
          network("envoy.echo", "envoy.filters.network.echo"),
          network("envoy.ext_authz", "envoy.filters.network.ext_authz"),
          network("envoy.http_connection_manager", "envoy.filters.network.http_connection_manager"),
          network("envoy.mongo_proxy", "envoy.filters.network.mongo_proxy"),
          network("envoy.ratelimit", "envoy.filters.network.ratelimit"),
          network("envoy.redis_proxy", "envoy.filters.network.redis_proxy"),
          network("envoy.tcp_proxy", "envoy.filters.network.tcp_proxy"),
          http("envoy.buffer", "envoy.filters.http.buffer"),
          http("envoy.cors", "envoy.filters.http.cors"),
          http("envoy.csrf", "envoy.filters.http.csrf"),
          http("envoy.ext_authz", "envoy.filters.http.ext_authz"),
          http("envoy.fault", "envoy.filters.http.fault"),
          http("envoy.grpc_http1_bridge", "envoy.filters.http.grpc_http1_bridge"),
          http("envoy.grpc_json_transcoder", "envoy.filters.http.grpc_json_transcoder"),
          http("envoy.grpc_web", "envoy.filters.http.grpc_web"),
          http("envoy.gzip", "envoy.filters.http.gzip"),
          http("envoy.health_check", "envoy.filters.http.health_check"),
          http("envoy.http_dynamo_filter", "envoy.filters.http.dynamo"),
          http("envoy.ip_tagging", "envoy.filters.http.ip_tagging"),
          http("envoy.lua", "envoy.filters.http.lua"),
          http("envoy.rate_limit", "envoy.filters.http.ratelimit"),
          http("envoy.router", "envoy.filters.http.router"),
          http("envoy.squash", "envoy.filters.http.squash"));

  private DeprecatedFilterNames() {}

  /** The canonical name of the {@code kind} filter deprecated as {@code name}; else empty. */
  public static Optional<String> canonical(FilterKind kind, String name) {
    return TABLE.stream()
        .filter(a -> a.kind() == kind && a.deprecated().equals(name))
        .map(Alias::canonical)
        .findFirst();
  }

  private static Alias network(String deprecated, String canonical) {
    return new Alias(FilterKind.NETWORK, deprecated, canonical);
  }

  private static Alias http(String deprecated, String canonical) {
    return new Alias(FilterKind.HTTP, deprecated, canonical);
  }
}
