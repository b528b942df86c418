package io.meshward.policy.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Change;
import io.meshward.core.FieldPath;
import io.meshward.core.KumaResource;
import io.meshward.policy.KindNormalizer;
import java.util.List;

/**
 * {@code MeshLabelNormalizer} writes down the mesh a mesh-scoped object already belongs to: with no
 * {@code kuma.io/mesh} label Kuma places the object in mesh {@code default} (its defaulting webhook
 * adds the same label), so the label {@code kuma.io/mesh: default} is added. A label that is
 * present, whatever its value, is left alone.
 */
public final class MeshLabelNormalizer implements KindNormalizer {

  /** The mesh of an object without a mesh label. */
  public static final String DEFAULT_MESH = "default";

  private static final FieldPath LABELS = FieldPath.root("metadata").field("labels");

  @Override
  public void normalize(ObjectNode object, List<Change> changes) {
    JsonNode metadata = object.get("metadata");
    if (!(metadata instanceof ObjectNode meta)) {
      return;
    }
    JsonNode labels = meta.get("labels");
    if (labels == null || labels.isNull()) {
      meta.putObject("labels").put(KumaResource.MESH_LABEL, DEFAULT_MESH);
    } else if (labels instanceof ObjectNode map && !map.has(KumaResource.MESH_LABEL)) {
      map.put(KumaResource.MESH_LABEL, DEFAULT_MESH);
    } else {
      return;
    }
    changes.add(new Change(LABELS.key(KumaResource.MESH_LABEL), "added \"" + DEFAULT_MESH + "\""));
  }
}
