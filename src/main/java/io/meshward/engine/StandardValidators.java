package io.meshward.engine;

import io.meshward.envoy.EnvoyValueParser;
import io.meshward.policy.KindValidator;
import io.meshward.policy.mesh.MeshValidator;
import io.meshward.policy.meshproxypatch.MeshProxyPatchValidator;
import java.util.List;

/**
 * {@code StandardValidators} is the set of kind validators both front doors use: Kuma's Mesh and
 * MeshProxyPatch rules. Every other policy kind is judged by its schema and the engine's generic
 * steps (labels, top-level targetRef deprecations).
 */
public final class StandardValidators {

  private StandardValidators() {}

  /**
   * The validators of the kinds that have rules of their own.
   *
   * @param envoy how MeshProxyPatch values are read as Envoy resources
   */
  public static List<KindValidator> create(EnvoyValueParser envoy) {
    return List.of(new MeshValidator(), new MeshProxyPatchValidator(envoy));
  }
}
