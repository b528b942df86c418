package io.meshward.policy;

import io.meshward.core.FieldPath;
import io.meshward.core.KumaResource;
import io.meshward.core.Violations;
import java.util.regex.Pattern;

/**
 * {@code MetaValidator} holds the checks Kuma's generic validating handler makes on every
 * mesh-scoped object before its spec: the mesh name ({@code ValidateMesh}) and the {@code
 * kuma.io/origin} label value.
 */
public final class MetaValidator {

  /** Label naming where a resource originates ({@code global} or {@code zone}). */
  public static final String ORIGIN_LABEL = "kuma.io/origin";

  private static final Pattern MESH_NAME = Pattern.compile("^[0-9a-z-_.]*$");
  private static final String MESH_NAME_MESSAGE =
      "invalid characters. Valid characters are numbers, lowercase latin letters and '-', '_', '.'"
          + " symbols.";

  private MetaValidator() {}

  /** Reports mesh-name and origin-label violations of a mesh-scoped object. */
  public static void validate(KumaResource object, Violations violations) {
    FieldPath mesh = FieldPath.root("mesh");
    String name = object.mesh();
    if (name.isEmpty()) {
      violations.add(mesh, "cannot be empty");
    } else if (name.length() > 253) {
      violations.add(mesh, "value length must less or equal 253");
    } else if (!MESH_NAME.matcher(name).matches()) {
      violations.add(mesh, MESH_NAME_MESSAGE);
    }
    String origin = object.labels().get(ORIGIN_LABEL);
    if (origin != null && !origin.equals("global") && !origin.equals("zone")) {
      violations.add(
          FieldPath.root("labels").key(ORIGIN_LABEL), "unknown resource origin \"" + origin + "\"");
    }
  }
}
