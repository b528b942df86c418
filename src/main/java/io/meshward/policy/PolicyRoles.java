package io.meshward.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaResource;
import java.util.Set;

/**
 * {@code PolicyRoles} tells the policy role of an object the way Kuma does: the {@code
 * kuma.io/policy-role} label when present; else {@code system} for an object in a Kuma system
 * namespace or without a namespace; else computed from {@code to}/{@code from} like Kuma's {@code
 * ComputePolicyRole}.
 */
public final class PolicyRoles {

  private final Set<String> systemNamespaces;

  /**
   * @param systemNamespaces namespaces treated as Kuma's system namespace
   */
  public PolicyRoles(Set<String> systemNamespaces) {
    this.systemNamespaces = Set.copyOf(systemNamespaces);
  }

  /** The role of {@code object}. */
  public PolicyRole roleOf(KumaResource object) {
    PolicyRole labelled = PolicyRole.fromLabel(object.labels().get(KumaResource.POLICY_ROLE_LABEL));
    if (labelled != null) {
      return labelled;
    }
    String namespace = object.namespace();
    if (namespace.isEmpty() || systemNamespaces.contains(namespace)) {
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
