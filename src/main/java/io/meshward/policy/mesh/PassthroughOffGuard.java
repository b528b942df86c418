package io.meshward.policy.mesh;

import io.meshward.core.Operation;
import io.meshward.guard.Disruption;
import io.meshward.guard.GuardCheck;
import io.meshward.guard.GuardId;
import io.meshward.guard.GuardRule;
import io.meshward.guard.TrafficQuestion;
import io.meshward.guard.TrafficSignal;
import io.meshward.policy.ValidationContext;

/**
 * {@code PassthroughOffGuard} refuses to turn a Mesh's {@code networking.outbound.passthrough} off
 * (from true, unset meaning true) while outbound passthrough traffic flows in the mesh: once off,
 * Envoy drops connections to destinations no outbound listener matches. A CREATE counts as a change
 * from the default, so {@code meshward check} without a base revision still asks.
 */
public final class PassthroughOffGuard implements GuardRule {

  static final String FIELD = "spec.networking.outbound.passthrough";

  @Override
  public String kind() {
    return "Mesh";
  }

  @Override
  public void check(GuardCheck check) {
    ValidationContext ctx = check.context();
    if (ctx.operation() != Operation.CREATE && ctx.operation() != Operation.UPDATE) {
      return;
    }
    boolean before =
        ctx.oldObject() == null || MeshSettings.of(ctx.oldObject().spec()).passthrough();
    boolean after = MeshSettings.of(ctx.object().spec()).passthrough();
    if (!before || after) {
      return;
    }
    Disruption d =
        new Disruption(
            GuardId.PASSTHROUGH_OFF,
            FIELD,
            "setting networking.outbound.passthrough to false",
            "Declare the destinations this traffic needs (MeshExternalService, or a MeshPassthrough"
                + " with passthroughMode Matched) and wait until the passthrough traffic stops"
                + " before turning passthrough off.");
    check.refuseIfLive(d, TrafficQuestion.meshWide(TrafficSignal.PASSTHROUGH, ctx.object().name()));
  }
}
