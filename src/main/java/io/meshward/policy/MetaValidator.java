package io.meshward.policy;

import io.meshward.core.FieldPath;
import io.meshward.core.KumaResource;
import io.meshward.core.Violations;
import java.util.regex.Pattern;

/**
 * {@code MetaValidator} holds the checks Kuma's generic validating handler makes on an object's
 * metadata before its spec, each answering alone when it fails: first the mesh name of a
 * mesh-scoped object ({@code ValidateMesh}), then the {@code kuma.io/origin} label value of any
 * object ({@code validateLabels}).
 */
public final class MetaValidator {

  /** Label naming where a resource originates ({@code global} or {@code zone}). */
  public static final String ORIGIN_LABEL = "kuma.io/origin";

  private static final Pattern MESH_NAME = Pattern.compile("^[0-9a-z-_.]*$");
  private static final String MESH_NAME_MESSAGE =
      "invalid characters. Valid characters are numbers, lowercase latin letters and '-', '_', '.'"
          + " symbols.";

  private MetaValidator() {}

  /**
   * Reports the metadata violations Kuma answers with before it looks at the spec: those of the
   * mesh name when {@code meshScoped} and there are any, else those of the origin label.
   */
  public static void validate(KumaResource object, boolean meshScoped, Violations violations) {
    if (meshScoped && validateMesh(object.mesh(), violations)) {
      return;
    }
    // an empty value counts as no label, as in Kuma's ResourceOrigin
    String origin = object.labels().getOrDefault(ORIGIN_LABEL, "");
    if (!origin.isEmpty() && !origin.equals("global") && !origin.equals("zone")) {
      violations.add(
          FieldPath.root("labels").key(ORIGIN_LABEL), "unknown resource origin \"" + origin + "\"");
    }
  }

  /** Adds the violation of a mesh name, if any; tells whether there was one. */
  private static boolean validateMesh(String name, Violations violations) {
    FieldPath mesh = FieldPath.root("mesh");
    if (name.isEmpty()) {
      violations.add(mesh, "cannot be empty");
    } else if (name.length() > 253) {
      violations.add(mesh, "value length must less or equal 253");
    } else if (!MESH_NAME.matcher(name).matches()) {
      violations.add(mesh, MESH_NAME_MESSAGE);
    } else {
      return false;
    }
    return true;
  }
}
