package io.meshward.xds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code PassthroughNames} are the names of the transparent-proxy resources, legacy ({@code
 * outbound:passthrough:ipv4}) or unified ({@code self_transparentproxy_passthrough_outbound_ipv4}),
 * and the legacy/unified equivalence Kuma applies when matching listener names.
 */
public final class PassthroughNames {

  /** Cluster of connections that match no inbound port. */
  public static final String NO_DESTINATION = "self_transparentproxy_no_destination_inbound";

  private static final List<String> ALL = names(Set.of("outbound", "inbound"), true);

  private static final Set<String> OUTBOUND = Set.copyOf(names(Set.of("outbound"), false));

  private PassthroughNames() {}

  private static List<String> names(Set<String> directions, boolean noDestination) {
    List<String> out = new ArrayList<>();
    for (String direction : directions) {
      for (int ip : new int[] {4, 6}) {
        out.add(name(direction, ip, false));
        out.add(name(direction, ip, true));
      }
    }
    if (noDestination) {
      out.add(NO_DESTINATION);
    }
    return List.copyOf(out);
  }

  /**
   * Every passthrough listener and cluster name, legacy and unified, and {@link #NO_DESTINATION}.
   */
  public static List<String> all() {
    return ALL;
  }

  /** The outbound passthrough names: legacy and unified, IPv4 and IPv6. */
  public static Set<String> outbound() {
    return OUTBOUND;
  }

  /**
   * Whether {@code name} is a passthrough name that only a proxy unlike the given one has: an IPv6
   * name when it has no IPv6, a name of the other naming scheme.
   */
  public static boolean ofOtherProxies(String name, boolean ipv6, boolean unified) {
    for (String direction : new String[] {"outbound", "inbound"}) {
      for (int ip : new int[] {4, 6}) {
        for (boolean u : new boolean[] {false, true}) {
          if (name.equals(name(direction, ip, u)) && ((ip == 6 && !ipv6) || u != unified)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The name of a passthrough listener or cluster.
   *
   * @param direction {@code outbound} or {@code inbound}
   * @param ipVersion 4 or 6
   * @param unified whether unified naming is on
   */
  public static String name(String direction, int ipVersion, boolean unified) {
    return unified
        ? "self_transparentproxy_passthrough_" + direction + "_ipv" + ipVersion
        : direction + ":passthrough:ipv" + ipVersion;
  }

  /** A name with every character Envoy stats do not like replaced by {@code _}. */
  public static String statName(String name) {
    return name.replaceAll("[^a-zA-Z0-9_]", "_");
  }

  /**
   * Whether a listener name in a MeshProxyPatch ({@code match}) selects {@code actual}: equal, or
   * the legacy and unified names of the same transparent-proxy listener.
   */
  public static boolean listenerNameMatches(String match, String actual) {
    if (match.equals(actual)) {
      return true;
    }
    for (String direction : new String[] {"outbound", "inbound"}) {
      for (int ip : new int[] {4, 6}) {
        String legacy = name(direction, ip, false);
        String unified = name(direction, ip, true);
        if ((match.equals(legacy) && actual.equals(unified))
            || (match.equals(unified) && actual.equals(legacy))) {
          return true;
        }
      }
    }
    return false;
  }
}
