package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaResource;
import io.meshward.policy.PolicyRoles;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code PolicySelection} picks the policies of a mesh that target a proxy and sorts them in Kuma's
 * order ({@code SortByTargetRef}): targetRef kind (less specific first), origin (global before
 * zone), role (system, producer, consumer, workload-owner), then name descending. Later policies
 * win.
 */
public final class PolicySelection {

  private static final List<String> KIND_ORDER =
      List.of(
          "Mesh",
          "Dataplane",
          "MeshSubset",
          "MeshGateway",
          "MeshService",
          "MeshServiceSubset",
          "MeshExternalService",
          "MeshMultiZoneService",
          "MeshHTTPRoute");

  private final PolicyRoles roles;

  /** Selection computing roles with {@code roles}. */
  public PolicySelection(PolicyRoles roles) {
    this.roles = roles;
  }

  /** The policies of {@code policies} that target {@code proxy}, in application order. */
  public List<KumaResource> select(List<KumaResource> policies, ProxyIdentity proxy) {
    return sorted(
        policies.stream().filter(p -> p.mesh().equals(proxy.mesh()) && targets(p, proxy)).toList());
  }

  /** Kuma's policy order. */
  public Comparator<KumaResource> order() {
    return Comparator.comparing(this::sortKey);
  }

  /**
   * {@code policies} in Kuma's order, each policy's sort key computed once (a policy's role takes a
   * few lookups); stable, as {@link #order()}.
   */
  public List<KumaResource> sorted(List<KumaResource> policies) {
    record Keyed(SortKey key, KumaResource policy) {}
    return policies.stream()
        .map(p -> new Keyed(sortKey(p), p))
        .sorted(Comparator.comparing(Keyed::key))
        .map(Keyed::policy)
        .toList();
  }

  /** Where a policy sorts: targetRef kind, origin, role, then name descending. */
  private record SortKey(int kind, int origin, int role, String name)
      implements Comparable<SortKey> {
    private static final Comparator<SortKey> ORDER =
        Comparator.comparingInt(SortKey::kind)
            .thenComparingInt(SortKey::origin)
            .thenComparingInt(SortKey::role)
            .thenComparing(SortKey::name, Comparator.reverseOrder());

    @Override
    public int compareTo(SortKey other) {
      return ORDER.compare(this, other);
    }
  }

  private SortKey sortKey(KumaResource p) {
    return new SortKey(
        kindRank(p.spec().path("targetRef")),
        "global".equals(p.labels().get("kuma.io/origin")) ? 0 : 1,
        roles.roleOf(p).ordinal(),
        p.name());
  }

  private static int kindRank(JsonNode targetRef) {
    String kind = targetRef.path("kind").asText("Mesh");
    int i = KIND_ORDER.indexOf(kind);
    return i < 0 ? KIND_ORDER.size() : i;
  }

  /** Whether the top-level targetRef of {@code policy} selects {@code proxy} (a sidecar). */
  static boolean targets(KumaResource policy, ProxyIdentity proxy) {
    return target(policy).test(proxy);
  }

  /** The top-level targetRef of {@code policy}, read once, as a test of sidecar proxies. */
  static Predicate<ProxyIdentity> target(KumaResource policy) {
    JsonNode ref = policy.spec().path("targetRef");
    String kind = ref.path("kind").asText("Mesh");
    return switch (kind) {
      case "Mesh" -> proxy -> true;
      case "Dataplane" -> {
        if (ref.path("labels").isObject()) {
          Map<String, String> wanted = ListenerMatch.selector(ref.get("labels"));
          yield proxy -> ListenerMatch.selects(wanted, proxy.labels());
        }
        if (!ref.has("name")) {
          yield proxy -> true;
        }
        String name = ref.path("name").asText();
        String ns = ref.path("namespace").asText(policy.namespace());
        yield proxy -> name.equals(proxy.name()) && (ns.isEmpty() || ns.equals(proxy.namespace()));
      }
      case "MeshSubset" -> inbound(ref.path("tags"), null);
      case "MeshService" -> inbound(null, ref.path("name").asText());
      case "MeshServiceSubset" -> inbound(ref.path("tags"), ref.path("name").asText());
      default -> proxy -> false;
    };
  }

  /**
   * Selects a proxy one of whose inbounds carries the tags of {@code selector} (when given) and
   * belongs to {@code service} (when given), like Kuma's {@code Dataplane.Matches}.
   */
  private static Predicate<ProxyIdentity> inbound(JsonNode selector, String service) {
    Map<String, String> wanted = selector == null ? Map.of() : ListenerMatch.selector(selector);
    return proxy ->
        proxy.inbounds().stream()
            .map(ProxyIdentity.Inbound::tags)
            .anyMatch(
                tags ->
                    ListenerMatch.selects(wanted, tags)
                        && (service == null
                            || service.equals(
                                tags.getOrDefault("kuma.io/service", tags.get("app")))));
  }
}
