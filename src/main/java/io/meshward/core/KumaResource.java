package io.meshward.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code KumaResource} is a parsed view over the raw JSON tree of a Kuma object. It never copies
 * the tree into a typed model, so nothing the user wrote is dropped; accessors read from {@link
 * #raw()}.
 *
 * <p>Both forms are read: Kubernetes ({@code apiVersion}, {@code kind}, {@code metadata}, {@code
 * spec}) and Universal ({@code type}, {@code name}, {@code mesh}, {@code spec}, as {@code kumactl
 * apply} takes it). For a Universal Mesh the spec fields sit at the top level.
 *
 * @param raw the object as received
 * @param universal whether it is in Universal form
 */
public record KumaResource(JsonNode raw, boolean universal) {

  /** Label holding the mesh of a mesh-scoped object. */
  public static final String MESH_LABEL = "kuma.io/mesh";

  /** Label holding the policy role Kuma computed. */
  public static final String POLICY_ROLE_LABEL = "kuma.io/policy-role";

  /** Reads {@code raw} as a Kuma object in either form. */
  public static KumaResource of(JsonNode raw) {
    boolean universal = !raw.has("kind") && raw.path("type").isTextual();
    return new KumaResource(raw, universal);
  }

  /** {@code kind} (Kubernetes) or {@code type} (Universal); empty when absent. */
  public String kind() {
    return text(universal ? raw.path("type") : raw.path("kind"));
  }

  /** {@code apiVersion}; empty in Universal form. */
  public String apiVersion() {
    return text(raw.path("apiVersion"));
  }

  /** {@code metadata.name} or Universal {@code name}. */
  public String name() {
    return text(universal ? raw.path("name") : raw.path("metadata").path("name"));
  }

  /** {@code metadata.namespace}; empty when cluster-scoped or Universal. */
  public String namespace() {
    return universal ? "" : text(raw.path("metadata").path("namespace"));
  }

  /** The labels as strings; non-string values are skipped. */
  public Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    JsonNode node = universal ? raw.path("labels") : raw.path("metadata").path("labels");
    node.fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isTextual()) {
                labels.put(e.getKey(), e.getValue().asText());
              }
            });
    return labels;
  }

  /**
   * The mesh: Universal {@code mesh}, else the {@code kuma.io/mesh} label, else {@code default}.
   */
  public String mesh() {
    String mesh = universal ? text(raw.path("mesh")) : labels().getOrDefault(MESH_LABEL, null);
    return mesh == null || (universal && mesh.isEmpty()) ? "default" : mesh;
  }

  /**
   * The spec: {@code spec}, or for a Universal Mesh the object itself (its fields sit at the top
   * level). A {@link MissingNode} when absent.
   */
  public JsonNode spec() {
    if (universal && "Mesh".equals(kind()) && !raw.has("spec")) {
      return raw;
    }
    return raw.path("spec");
  }

  /** {@code kind/name} or {@code kind/namespace/name}, for messages. */
  public String ref() {
    String ns = namespace();
    return ns.isEmpty() ? kind() + "/" + name() : kind() + "/" + ns + "/" + name();
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.asText() : "";
  }
}
