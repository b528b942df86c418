package io.meshward.xds;

/**
 * {@code PassthroughNames} are the names of the transparent-proxy resources, legacy ({@code
 * outbound:passthrough:ipv4}) or unified ({@code self_transparentproxy_passthrough_outbound_ipv4}),
 * and the legacy/unified equivalence Kuma applies when matching listener names.
 */
public final class PassthroughNames {

  /** Cluster of connections that match no inbound port. */
  public static final String NO_DESTINATION = "self_transparentproxy_no_destination_inbound";

  private PassthroughNames() {}

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
