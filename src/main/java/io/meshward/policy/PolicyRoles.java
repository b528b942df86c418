package io.meshward.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaResource;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code PolicyRoles} tells the policy role of an object the way Kuma does. Kuma's defaulting
 * webhook overwrites the {@code kuma.io/policy-role} label of every locally originated policy with
 * a namespace (no {@code kuma.io/origin}, or {@code zone}), so for those the role is computed and a
 * label written by the user does not count: {@code system} in a Kuma system namespace, else from
 * {@code to}/{@code from} like Kuma's {@code ComputePolicyRole}. Other objects (Universal ones, and
 * those synced from the global control plane) keep the label they carry; without one the role is
 * {@code system}.
 */
public final class PolicyRoles {

  /** Kuma's and Kong Mesh's system namespaces, Kuma's first. */
  public static final List<String> DEFAULT_SYSTEM_NAMESPACES =
      List.of("kuma-system", "kong-mesh-system");

  private final List<String> systemNamespaces;

  /**
   * @param systemNamespaces namespaces treated as Kuma's system namespace, the one named in
   *     messages first
   */
  public PolicyRoles(Collection<String> systemNamespaces) {
    this.systemNamespaces = List.copyOf(new LinkedHashSet<>(systemNamespaces));
  }

  /** The system namespaces, the one named in messages first. */
  public List<String> systemNamespaces() {
    return systemNamespaces;
  }

  /** The role of {@code object}. */
  public PolicyRole roleOf(KumaResource object) {
    String namespace = object.namespace();
    String origin = object.labels().get(MetaValidator.ORIGIN_LABEL);
    boolean computedByKuma = !namespace.isEmpty() && (origin == null || origin.equals("zone"));
    if (!computedByKuma) {
      PolicyRole labelled =
          PolicyRole.fromLabel(object.labels().get(KumaResource.POLICY_ROLE_LABEL));
      return labelled != null ? labelled : PolicyRole.SYSTEM;
    }
    if (systemNamespaces.contains(namespace)) {
      return PolicyRole.SYSTEM;
    }
    JsonNode spec = object.spec();
    boolean hasTo = spec.path("to").isArray() && !spec.path("to").isEmpty();
    boolean hasFrom = spec.path("from").isArray() && !spec.path("from").isEmpty();
    if (hasFrom || !hasTo) {
      return PolicyRole.WORKLOAD_OWNER;
    }
    for (JsonNode to : spec.path("to")) {
      if (!isProducerItem(to.path("targetRef"), namespace)) {
        return PolicyRole.CONSUMER;
      }
    }
    return PolicyRole.PRODUCER;
  }

  private static boolean isProducerItem(JsonNode ref, String namespace) {
    String kind = ref.path("kind").asText("");
    boolean byName = ref.hasNonNull("name") && !ref.hasNonNull("labels");
    String ns = ref.path("namespace").asText("");
    return (kind.equals("MeshService") || kind.equals("MeshHTTPRoute"))
        && byName
        && (ns.isEmpty() || ns.equals(namespace));
  }
}
