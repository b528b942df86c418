package io.meshward.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import io.meshward.core.KumaKind;
import io.meshward.core.KumaResource;
import java.util.Set;

/**
 * {@code UniversalForm} is the one place that turns a Universal-form document ({@code type}, {@code
 * name}, {@code mesh}, {@code labels}, {@code spec}, as {@code kumactl apply} takes it) into the
 * Kubernetes form the engine and its schemas expect, and maps positions back: a JSON pointer into
 * the Kubernetes form becomes the pointer of the same node in what the user wrote.
 */
final class UniversalForm {

  private static final Set<String> META = Set.of("type", "name", "mesh", "labels");
  private static final Set<String> SERVER_FIELDS = Set.of("creationTime", "modificationTime");

  private UniversalForm() {}

  /** Whether {@code doc} is a Universal-form document: no {@code kind}, a textual {@code type}. */
  static boolean is(JsonNode doc) {
    return doc.isObject() && KumaResource.of(doc).universal();
  }

  /**
   * Whether the document keeps its spec at the top level (a Universal Mesh without {@code spec}).
   */
  static boolean flatSpec(JsonNode doc) {
    return KumaKind.MESH.kindName().equals(doc.path("type").asText()) && !doc.has("spec");
  }

  /** The Kubernetes form of the Universal document {@code doc}. */
  static ObjectNode toKubernetes(JsonNode doc) {
    String kind = doc.path("type").asText();
    ObjectNode k8s = Json.MAPPER.createObjectNode();
    k8s.put("apiVersion", KumaKind.API_VERSION);
    k8s.put("kind", kind);
    ObjectNode metadata = k8s.putObject("metadata");
    if (doc.has("name")) {
      metadata.set("name", doc.get("name"));
    }
    ObjectNode labels = Json.MAPPER.createObjectNode();
    if (doc.path("labels").isObject()) {
      labels.setAll((ObjectNode) doc.get("labels"));
    } else if (doc.has("labels")) {
      metadata.set("labels", doc.get("labels"));
    }
    if (doc.has("mesh") && !KumaKind.MESH.kindName().equals(kind)) {
      labels.set(KumaResource.MESH_LABEL, doc.get("mesh"));
    }
    if (!labels.isEmpty()) {
      metadata.set("labels", labels);
    }
    if (flatSpec(doc)) {
      ObjectNode spec = k8s.putObject("spec");
      doc.fields()
          .forEachRemaining(
              e -> {
                if (!META.contains(e.getKey()) && !SERVER_FIELDS.contains(e.getKey())) {
                  spec.set(e.getKey(), e.getValue());
                }
              });
    } else if (doc.has("spec")) {
      k8s.set("spec", doc.get("spec"));
    }
    return k8s;
  }

  /** The pointer, in the Universal document {@code doc}, of the node at {@code k8sPointer}. */
  static String pointer(JsonNode doc, String k8sPointer) {
    if (k8sPointer.equals("/apiVersion") || k8sPointer.equals("/kind")) {
      return "/type";
    }
    if (k8sPointer.equals("/metadata")) {
      return "";
    }
    String meshLabel = "/metadata/labels/" + KumaResource.MESH_LABEL.replace("/", "~1");
    if (k8sPointer.startsWith(meshLabel) && doc.has("mesh")) {
      return "/mesh" + k8sPointer.substring(meshLabel.length());
    }
    if (k8sPointer.startsWith("/metadata/")) {
      return k8sPointer.substring("/metadata".length());
    }
    if (flatSpec(doc) && (k8sPointer.equals("/spec") || k8sPointer.startsWith("/spec/"))) {
      return k8sPointer.substring("/spec".length());
    }
    return k8sPointer;
  }

  /**
   * The field path Kuma reports for the violation at {@code field} of the Universal document {@code
   * doc}: a Mesh's validator roots its paths at the Mesh itself, and only Kuma's Kubernetes webhook
   * prefixes them with {@code spec} ({@code spec.mtls.enabledBackend} there, {@code
   * mtls.enabledBackend} in Universal). Plugin policies root their paths at {@code spec} in both.
   */
  static String field(JsonNode doc, String field) {
    if (!KumaKind.MESH.kindName().equals(doc.path("type").asText())) {
      return field;
    }
    if (field.equals("spec")) {
      return "";
    }
    return field.startsWith("spec.") ? field.substring("spec.".length()) : field;
  }

  /**
   * The RFC 6902 operation {@code op} (on the Kubernetes form of {@code doc}) as an operation on
   * {@code doc} as written: an added mesh label becomes the {@code mesh} field.
   */
  static JsonNode sourceOp(JsonNode doc, JsonNode op) {
    ObjectNode out = ((ObjectNode) op).deepCopy();
    String path = op.path("path").asText();
    String labels = "/metadata/labels";
    String meshLabel = labels + "/" + KumaResource.MESH_LABEL.replace("/", "~1");
    JsonNode value = op.path("value");
    boolean onlyMesh =
        path.equals(labels) && value.size() == 1 && value.has(KumaResource.MESH_LABEL);
    if ("add".equals(op.path("op").asText()) && (path.equals(meshLabel) || onlyMesh)) {
      out.put("path", "/mesh");
      out.set("value", onlyMesh ? value.get(KumaResource.MESH_LABEL) : value);
      return out;
    }
    out.put("path", pointer(doc, path));
    return out;
  }
}
