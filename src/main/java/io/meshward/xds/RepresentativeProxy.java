package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaResource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code RepresentativeProxy} makes a proxy of a policy's mesh that its top-level targetRef
 * selects, for checks when no proxy of the mesh is known: IPv4 only, legacy naming, the name and
 * tags the targetRef asks for. Kinds that select no sidecar (e.g. {@code MeshGateway}) give none.
 */
public final class RepresentativeProxy {

  /** Name of a representative proxy whose name the targetRef does not fix. */
  public static final String NAME = "representative";

  private RepresentativeProxy() {}

  /** A proxy {@code policy} targets, if a sidecar can be targeted by it. */
  public static Optional<ProxyIdentity> of(KumaResource policy) {
    JsonNode ref = policy.spec().path("targetRef");
    String kind = ref.path("kind").asText("Mesh");
    Map<String, String> tags = new HashMap<>();
    String name = NAME;
    String namespace = "";
    switch (kind) {
      case "Mesh" -> {}
      case "Dataplane" -> {
        copy(ref.path("labels"), tags);
        if (ref.path("name").isTextual()) {
          name = ref.path("name").asText();
          namespace = ref.path("namespace").asText(policy.namespace());
        }
      }
      case "MeshSubset" -> copy(ref.path("tags"), tags);
      case "MeshService", "MeshServiceSubset" -> {
        copy(ref.path("tags"), tags);
        tags.put("kuma.io/service", ref.path("name").asText());
      }
      default -> {
        return Optional.empty();
      }
    }
    ProxyIdentity proxy = new ProxyIdentity(policy.mesh(), name, namespace, tags, false, false);
    return PolicySelection.targets(policy, proxy) ? Optional.of(proxy) : Optional.empty();
  }

  private static void copy(JsonNode selector, Map<String, String> tags) {
    // "*" selects any value; any concrete one will do.
    selector
        .fields()
        .forEachRemaining(
            e ->
                tags.put(
                    e.getKey(), e.getValue().asText().equals("*") ? "any" : e.getValue().asText()));
  }
}
