package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.xds.PassthroughMatch.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code PassthroughChains} groups and orders MeshPassthrough {@code appendMatch} entries into
 * filter chains as Kuma's {@code GetOrderedMatchers} does: every IP or CIDR and every TLS or TCP
 * domain is a chain of its own, while the domains of one HTTP protocol on one port share a chain
 * whose route configuration has a virtual host per domain. A match for any port also gets a chain
 * on every port the policy names. Chains are ordered TLS, TCP, HTTP, HTTP/2, gRPC; then IPs before
 * CIDRs before domains (exact before wildcard); then by port, highest first (any port last);
 * domains with more labels first, CIDRs with longer prefixes first.
 */
final class PassthroughChains {

  /**
   * One filter chain to build.
   *
   * @param protocol the protocol of its matches
   * @param port the destination port; 0 for any
   * @param type the kind of destination ({@code DOMAIN} for a chain of HTTP domains)
   * @param value the IP, CIDR or domain; the protocol for a chain of HTTP domains
   * @param domains the HTTP domains routed by the chain, exact before wildcard; else empty
   */
  record Chain(String protocol, int port, Type type, String value, List<PassthroughMatch> domains) {

    /** Whether this is the chain of an HTTP protocol's domains on a port. */
    boolean routesDomains() {
      return PassthroughMatch.isHttp(protocol) && type.isDomain();
    }
  }

  private record Key(String protocol, int port, Type type, String value) {}

  private PassthroughChains() {}

  /** The chains for {@code matches}; fails when two HTTP protocols share a port, as Kuma does. */
  static List<Chain> of(List<JsonNode> matches) throws XdsException {
    Map<Key, Map<String, PassthroughMatch>> groups = new LinkedHashMap<>();
    Map<Integer, Set<String>> httpProtocols = new TreeMap<>();
    for (JsonNode node : matches) {
      PassthroughMatch m = PassthroughMatch.of(node);
      if (m.http()) {
        httpProtocols.computeIfAbsent(m.port(), p -> new TreeSet<>()).add(m.protocol());
      }
      if (m.http() && m.type().isDomain()) {
        groups
            .computeIfAbsent(
                new Key(m.protocol(), m.port(), Type.DOMAIN, m.protocol()),
                k -> new LinkedHashMap<>())
            .put(m.value(), m);
      } else {
        groups.putIfAbsent(
            new Key(m.protocol(), m.port(), m.type(), m.value()), new LinkedHashMap<>());
      }
    }
    List<String> errors = new ArrayList<>();
    httpProtocols.forEach(
        (port, protocols) -> {
          if (protocols.size() > 1) {
            errors.add("you cannot configure http, http2, grpc on the same port " + port);
          }
        });
    if (!errors.isEmpty()) {
      throw new XdsException(String.join("; ", errors));
    }
    addPortlessToEveryPort(groups);
    List<Chain> chains = new ArrayList<>();
    groups.forEach(
        (k, domains) -> {
          List<PassthroughMatch> routes = new ArrayList<>(domains.values());
          routes.sort(
              Comparator.comparing((PassthroughMatch m) -> m.type() == Type.WILDCARD_DOMAIN)
                  .thenComparing(PassthroughMatch::value, PassthroughChains::compareDomains));
          chains.add(new Chain(k.protocol(), k.port(), k.type(), k.value(), routes));
        });
    chains.sort(ORDER);
    return chains;
  }

  /**
   * Envoy matches the destination port before anything else, so a chain for any port would never
   * see connections to a port another chain names. As Kuma does, every chain for any port is also
   * made for each port of the policy (an HTTP domain chain merges into the one of that port).
   */
  private static void addPortlessToEveryPort(Map<Key, Map<String, PassthroughMatch>> groups) {
    Set<Integer> ports = new TreeSet<>();
    groups.keySet().forEach(k -> ports.add(k.port()));
    for (var portless : List.copyOf(groups.entrySet())) {
      Key key = portless.getKey();
      if (key.port() != 0) {
        continue;
      }
      for (int port : ports) {
        Key other = new Key(key.protocol(), port, key.type(), key.value());
        groups.computeIfAbsent(other, k -> new LinkedHashMap<>()).putAll(portless.getValue());
      }
    }
  }

  private static final Comparator<Chain> ORDER =
      Comparator.comparingInt((Chain c) -> protocolRank(c.protocol()))
          .thenComparing(c -> c.type().rank, Comparator.reverseOrder())
          .thenComparing(Chain::port, Comparator.reverseOrder())
          .thenComparing(PassthroughChains::compareWithinType);

  private static int protocolRank(String protocol) {
    return switch (protocol) {
      case "tls" -> 0;
      case "tcp" -> 1;
      case "http" -> 2;
      case "http2" -> 3;
      default -> 4;
    };
  }

  private static int compareWithinType(Chain a, Chain b) {
    if (a.type().isDomain()) {
      return compareDomains(a.value(), b.value());
    }
    if (a.type() == Type.CIDR || a.type() == Type.CIDR_V6) {
      return Integer.compare(Cidr.parse(b.value()).prefixLen(), Cidr.parse(a.value()).prefixLen());
    }
    return 0;
  }

  /** More labels first, then alphabetical (Kuma's {@code sortDomains}). */
  private static int compareDomains(String a, String b) {
    int labels = Integer.compare(b.split("\\.", -1).length, a.split("\\.", -1).length);
    return labels != 0 ? labels : a.compareTo(b);
  }
}
