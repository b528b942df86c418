package io.meshward.engine;

import io.meshward.core.KumaKind;
import io.meshward.envoy.EnvoyValueParser;
import io.meshward.policy.KindValidator;
import io.meshward.policy.common.TargetRefPolicyValidator;
import io.meshward.policy.mesh.MeshValidator;
import io.meshward.policy.meshproxypatch.MeshProxyPatchValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code StandardValidators} is the set of kind validators both front doors use: Kuma's Mesh and
 * MeshProxyPatch rules, and the generic targetRef policy rules for every other policy kind.
 */
public final class StandardValidators {

  private StandardValidators() {}

  /**
   * One validator per known kind.
   *
   * @param envoy how MeshProxyPatch values are read as Envoy resources
   */
  public static List<KindValidator> create(EnvoyValueParser envoy) {
    List<KindValidator> validators = new ArrayList<>();
    validators.add(new MeshValidator());
    validators.add(new MeshProxyPatchValidator(envoy));
    for (KumaKind kind : KumaKind.values()) {
      if (kind.isPolicy() && kind != KumaKind.MESH_PROXY_PATCH) {
        validators.add(new TargetRefPolicyValidator(kind));
      }
    }
    return List.copyOf(validators);
  }
}
