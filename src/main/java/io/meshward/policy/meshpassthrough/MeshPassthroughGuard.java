package io.meshward.policy.meshpassthrough;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Operation;
import io.meshward.guard.Disruption;
import io.meshward.guard.GuardCheck;
import io.meshward.guard.GuardId;
import io.meshward.guard.GuardRule;
import io.meshward.guard.TargetScope;
import io.meshward.guard.TrafficSignal;
import io.meshward.policy.ValidationContext;

/**
 * {@code MeshPassthroughGuard} refuses a MeshPassthrough with {@code passthroughMode} {@code None}
 * or {@code Matched} (an empty mode is read as {@code Matched}, as Kuma does) while outbound
 * passthrough traffic flows on the proxies it targets. For {@code Matched} meshward cannot tell
 * which destinations the current traffic uses, so any traffic counts. An UPDATE that leaves {@code
 * spec.default} as it was is not asked about.
 */
public final class MeshPassthroughGuard implements GuardRule {

  static final String FIELD = "spec.default.passthroughMode";

  @Override
  public String kind() {
    return "MeshPassthrough";
  }

  @Override
  public void check(GuardCheck check) {
    ValidationContext ctx = check.context();
    if (ctx.operation() != Operation.CREATE && ctx.operation() != Operation.UPDATE) {
      return;
    }
    JsonNode spec = ctx.object().spec();
    String mode = spec.path("default").path("passthroughMode").asText("");
    if (mode.equals("All")) {
      return;
    }
    if (ctx.oldObject() != null
        && ctx.oldObject().spec().path("default").equals(spec.path("default"))) {
      return;
    }
    boolean none = mode.equals("None");
    Disruption d =
        new Disruption(
            GuardId.MESH_PASSTHROUGH,
            FIELD,
            none
                ? "setting passthroughMode to None"
                : "setting passthroughMode to Matched (meshward cannot tell which destinations"
                    + " the current traffic uses)",
            none
                ? "Declare the destinations this traffic needs and wait until it stops first."
                : "Check that appendMatch lists every destination the current traffic uses.");
    check.refuseIfLive(
        d,
        TargetScope.question(
            TrafficSignal.PASSTHROUGH, ctx.object().mesh(), spec.path("targetRef")));
  }
}
