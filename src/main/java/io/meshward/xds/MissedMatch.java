package io.meshward.xds;

import io.meshward.policy.meshproxypatch.ModificationType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code MissedMatch} decides which MeshProxyPatch matches aim at the resources meshward renders,
 * and says what a modification that selected nothing missed. Aimed: {@code origin: transparent},
 * {@code meshpassthrough} or {@code apiServerBypass}, or a cluster, listener or listener name of
 * the passthrough family (a known name, one spelled close to it, one shaped like them such as
 * {@code outbound:passthru:ipv4}, or a MeshPassthrough cluster's). A service's own clusters and
 * listeners are not aimed at: meshward does not render them.
 */
final class MissedMatch {

  private static final Set<String> AIMED_ORIGINS =
      Set.of(XdsTypes.ORIGIN_TRANSPARENT, XdsTypes.ORIGIN_MESH_PASSTHROUGH, ApiServerBypass.ORIGIN);

  private static final Set<String> BYPASS_NAMES =
      Set.of(ApiServerBypass.LEGACY_NAME, ApiServerBypass.UNIFIED_NAME);

  private static final int CLOSE = 3;

  // Kuma's passthrough names and misspellings of them; not a service that has "passthrough" in
  // its name (its clusters are named after it, its listeners outbound:<ip>:<port>).
  private static final Pattern PASSTHROUGH_LIKE =
      Pattern.compile("(out|in)bound:pass[^:]*:.*|self_transparentproxy.*|meshpassthrough_.*");

  // How many of the names that are there a message lists.
  private static final int LISTED = 8;

  private MissedMatch() {}

  /** The resource name {@code mod} matches on: a listener name for filters; null when none. */
  static String name(PatchModification mod) {
    return switch (mod.type()) {
      case CLUSTER, LISTENER -> mod.matchText("name");
      case NETWORK_FILTER, HTTP_FILTER -> mod.matchText("listenerName");
      case VIRTUAL_HOST -> null;
    };
  }

  /** Whether {@code mod} aims at the passthrough resources or the API-server bypass. */
  static boolean aimed(PatchModification mod) {
    String origin = mod.matchText("origin");
    if (origin != null && AIMED_ORIGINS.contains(origin)) {
      return true;
    }
    String name = name(mod);
    if (name == null) {
      return false;
    }
    return PASSTHROUGH_LIKE.matcher(name.toLowerCase(Locale.ROOT)).matches()
        || BYPASS_NAMES.contains(name)
        || PassthroughNames.all().stream().anyMatch(known -> distance(name, known) <= CLOSE);
  }

  /** Whether {@code mod} aims at the API-server bypass. */
  static boolean bypass(PatchModification mod) {
    String name = name(mod);
    return ApiServerBypass.ORIGIN.equals(mod.matchText("origin"))
        || (name != null && BYPASS_NAMES.contains(name));
  }

  /** Why {@code mod} does nothing {@code where} (e.g. {@code " on proxy default.web-1"}). */
  static String describe(PatchModification mod, ModificationReach.Miss miss, String where) {
    if (bypass(mod)) {
      return "selects the Kubernetes API-server bypass, which Kuma adds after every policy"
          + " (MeshProxyPatch included), so this modification does nothing";
    }
    StringBuilder b = new StringBuilder("selects no ").append(phrase(miss.missed()));
    b.append(where).append(", so this modification does nothing");
    String wanted = miss.wanted();
    if (miss.note() != null) {
      b.append("; ").append(miss.note());
    } else if (wanted != null) {
      suggestion(wanted, miss.present()).ifPresent(b::append);
      if (mod.type() == ModificationType.CLUSTER && PassthroughNames.outbound().contains(wanted)) {
        b.append("; there is no outbound passthrough cluster when the Mesh sets")
            .append(" networking.outbound.passthrough: false, a MeshPassthrough removes it, or an")
            .append(" earlier modification does");
      }
    }
    List<String> present = miss.present();
    if (!present.isEmpty()) {
      b.append(" (").append(plural(miss.missed())).append(" there: ");
      b.append(String.join(", ", present.subList(0, Math.min(present.size(), LISTED))));
      if (present.size() > LISTED) {
        b.append(" and ").append(present.size() - LISTED).append(" more");
      }
      b.append(')');
    }
    return b.toString();
  }

  /** The present name {@code wanted} is a misspelling of, if any (a known name is none). */
  private static Optional<String> suggestion(String wanted, List<String> present) {
    if (PassthroughNames.all().contains(wanted)) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Math.min(CLOSE, wanted.length() / 2) + 1;
    for (String p : present) {
      int d = distance(wanted, p);
      if (d > 0 && d < bestDistance) {
        best = p;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best).map(p -> "; did you mean \"" + p + "\"?");
  }

  private static String phrase(String missed) {
    return switch (missed) {
      case "network filter", "HTTP filter" -> missed + " on the listeners it matches";
      case "filter chain" -> "listener with a filter chain";
      case "HTTP connection manager" -> "listener with an HTTP connection manager";
      case "inline route configuration" ->
          "HTTP connection manager with an inline route configuration";
      default -> missed;
    };
  }

  private static String plural(String missed) {
    return switch (missed) {
      case "network filter", "HTTP filter" -> "filters";
      case "virtual host" -> "virtual hosts";
      default -> missed + "s";
    };
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
