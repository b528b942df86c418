package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code PassthroughMatch} is one MeshPassthrough {@code appendMatch} entry read as Kuma's plugin
 * reads it: a Domain starting with {@code *} is a wildcard domain, an IP or CIDR with {@code :} is
 * IPv6, a missing port is 0 (any port), a missing protocol is {@code tcp}.
 *
 * @param type the kind of destination
 * @param value the domain, IP or CIDR as written
 * @param port the destination port; 0 for any
 * @param protocol {@code tcp}, {@code tls}, {@code http}, {@code http2} or {@code grpc}
 */
record PassthroughMatch(Type type, String value, int port, String protocol) {

  /** Kind of destination; the rank orders filter chains (higher first), as Kuma's enum does. */
  enum Type {
    WILDCARD_DOMAIN(1),
    DOMAIN(2),
    CIDR(3),
    CIDR_V6(4),
    IP(5),
    IP_V6(6);

    final int rank;

    Type(int rank) {
      this.rank = rank;
    }

    boolean isDomain() {
      return this == DOMAIN || this == WILDCARD_DOMAIN;
    }

    /** Whether a destination of this type goes through the listener of {@code ipVersion}. */
    boolean on(int ipVersion) {
      return switch (this) {
        case DOMAIN, WILDCARD_DOMAIN -> true;
        case IP, CIDR -> ipVersion == 4;
        case IP_V6, CIDR_V6 -> ipVersion == 6;
      };
    }
  }

  /** Reads an {@code appendMatch} entry. */
  static PassthroughMatch of(JsonNode m) {
    String value = m.path("value").asText("");
    Type type =
        switch (m.path("type").asText("")) {
          case "Domain" -> value.startsWith("*") ? Type.WILDCARD_DOMAIN : Type.DOMAIN;
          case "IP" -> value.contains(":") ? Type.IP_V6 : Type.IP;
          default -> value.split("/")[0].contains(":") ? Type.CIDR_V6 : Type.CIDR;
        };
    String protocol = m.path("protocol").asText("");
    return new PassthroughMatch(
        type, value, m.path("port").asInt(0), protocol.isEmpty() ? "tcp" : protocol);
  }

  /** Whether the protocol is routed by an HTTP connection manager (http, http2, grpc). */
  boolean http() {
    return isHttp(protocol);
  }

  static boolean isHttp(String protocol) {
    return !protocol.equals("tcp") && !protocol.equals("tls");
  }

  /** Kuma's cluster name: {@code meshpassthrough_<protocol>_<value>_<port or *>}. */
  static String clusterName(String value, String protocol, int port) {
    return "meshpassthrough_" + protocol + "_" + value + "_" + portText(port);
  }

  /**
   * Kuma's filter chain name: {@code meshpassthrough_<protocol>_<value>_<port>}, or {@code
   * meshpassthrough_<protocol>_<port>} for the chain of a protocol's domains on a port.
   */
  static String chainName(String value, String protocol, int port) {
    return value.equals(protocol)
        ? "meshpassthrough_" + protocol + "_" + portText(port)
        : "meshpassthrough_" + protocol + "_" + value + "_" + portText(port);
  }

  static String portText(int port) {
    return port == 0 ? "*" : Integer.toString(port);
  }
}
