package io.meshward.engine;

import io.meshward.guard.GuardRule;
import io.meshward.policy.mesh.PassthroughOffGuard;
import io.meshward.policy.mesh.StrictMtlsGuard;
import io.meshward.policy.meshpassthrough.MeshPassthroughGuard;
import io.meshward.policy.meshproxypatch.PassthroughRemovalGuard;
import java.util.List;

/**
 * {@code StandardGuards} is the set of live-traffic guard rules both front doors use: passthrough
 * turned off and STRICT mTLS on a Mesh, MeshProxyPatches removing passthrough, and restrictive
 * MeshPassthroughs.
 */
public final class StandardGuards {

  private StandardGuards() {}

  /** Every guard rule. */
  public static List<GuardRule> create() {
    return List.of(
        new PassthroughOffGuard(),
        new StrictMtlsGuard(),
        new PassthroughRemovalGuard(),
        new MeshPassthroughGuard());
  }
}
