package io.meshward.policy.meshproxypatch;

import static io.meshward.policy.targetref.TargetRefKind.DATAPLANE;
import static io.meshward.policy.targetref.TargetRefKind.MESH;
import static io.meshward.policy.targetref.TargetRefKind.MESH_GATEWAY;
import static io.meshward.policy.targetref.TargetRefKind.MESH_SERVICE;
import static io.meshward.policy.targetref.TargetRefKind.MESH_SERVICE_SUBSET;
import static io.meshward.policy.targetref.TargetRefKind.MESH_SUBSET;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.FieldPath;
import io.meshward.core.Violations;
import io.meshward.policy.PolicyRole;
import io.meshward.policy.targetref.TargetRefKind;
import io.meshward.policy.targetref.TargetRefOptions;
import io.meshward.policy.targetref.TargetRefValidator;
import java.util.Set;

/**
 * {@code TopLevelTargetRefRules} checks {@code spec.targetRef} of a MeshProxyPatch (Kuma v2.14.3):
 * Mesh, Dataplane, MeshSubset, MeshService and MeshServiceSubset for every policy role, plus
 * MeshGateway for the {@code system} role; it is not an inbound policy and MeshGateway listener
 * tags are not allowed. Deprecated kinds are reported as warnings.
 */
public final class TopLevelTargetRefRules {

  private static final Set<TargetRefKind> SYSTEM_KINDS =
      Set.of(MESH, MESH_SUBSET, MESH_SERVICE, MESH_SERVICE_SUBSET, MESH_GATEWAY, DATAPLANE);
  private static final Set<TargetRefKind> OTHER_KINDS =
      Set.of(MESH, MESH_SUBSET, MESH_SERVICE, MESH_SERVICE_SUBSET, DATAPLANE);
  private static final TargetRefOptions SYSTEM_OPTIONS = TargetRefOptions.supporting(SYSTEM_KINDS);
  private static final TargetRefOptions OTHER_OPTIONS = TargetRefOptions.supporting(OTHER_KINDS);

  private TopLevelTargetRefRules() {}

  /** The top-level kinds a MeshProxyPatch of {@code role} may use ({@code null}: system). */
  public static Set<TargetRefKind> supportedKinds(PolicyRole role) {
    return isSystem(role) ? SYSTEM_KINDS : OTHER_KINDS;
  }

  private static boolean isSystem(PolicyRole role) {
    return role == null || role == PolicyRole.SYSTEM;
  }

  /**
   * Validates {@code targetRef} (skipped when absent or {@code null}). Kuma's deprecation warnings
   * for its kind are the engine's, given only with an allowed answer.
   */
  static void validate(JsonNode targetRef, FieldPath path, PolicyRole role, Violations violations) {
    if (!Modification.isSet(targetRef)) {
      return;
    }
    TargetRefValidator.validate(
        targetRef, path, isSystem(role) ? SYSTEM_OPTIONS : OTHER_OPTIONS, violations);
  }
}
