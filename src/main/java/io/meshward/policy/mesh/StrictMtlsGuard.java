package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Operation;
import io.meshward.guard.Disruption;
import io.meshward.guard.GuardCheck;
import io.meshward.guard.GuardId;
import io.meshward.guard.GuardRule;
import io.meshward.guard.TrafficQuestion;
import io.meshward.guard.TrafficSignal;
import io.meshward.policy.ValidationContext;
import io.meshward.policy.mesh.MeshSettings.MtlsMode;
import java.util.List;

/**
 * {@code StrictMtlsGuard} refuses a Mesh UPDATE that switches mTLS from PERMISSIVE to STRICT while
 * plaintext inbound traffic flows (clients outside the mesh would be cut off), and warns when mTLS
 * is enabled straight in STRICT mode on a mesh with live inbound traffic, recommending PERMISSIVE
 * first. Either way into STRICT, it also warns about live inbound passthrough traffic: proxies that
 * advertise strict inbound ports then pass only the ports their Dataplane declares.
 */
public final class StrictMtlsGuard implements GuardRule {

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
    MeshSettings after = MeshSettings.of(ctx.object().spec());
    if (!after.mtlsEnabled() || after.mtlsMode() != MtlsMode.STRICT) {
      return;
    }
    MeshSettings before = ctx.oldObject() == null ? null : MeshSettings.of(ctx.oldObject().spec());
    boolean fromPermissive =
        before != null && before.mtlsEnabled() && before.mtlsMode() == MtlsMode.PERMISSIVE;
    boolean enabling = before == null || !before.mtlsEnabled();
    if (!fromPermissive && !enabling) {
      return; // STRICT already
    }
    String mesh = ctx.object().name();
    String modeField = modeField(ctx.object().spec(), after.enabledBackend());
    if (fromPermissive) {
      Disruption d =
          new Disruption(
              GuardId.STRICT_MTLS,
              modeField,
              "switching mTLS from PERMISSIVE to STRICT",
              "Move the plaintext clients into the mesh (or behind a gateway) and wait until the"
                  + " plaintext traffic stops before switching to STRICT.");
      check.refuseIfLive(d, TrafficQuestion.meshWide(TrafficSignal.PLAINTEXT_INBOUND, mesh));
    } else {
      Disruption d =
          new Disruption(
              GuardId.STRICT_MTLS,
              "spec.mtls.enabledBackend",
              "enabling mTLS in STRICT mode",
              "Clients outside the mesh will no longer reach these applications; enable mTLS in"
                  + " PERMISSIVE mode first and switch to STRICT once no plaintext traffic is left.");
      check.warnIfLive(d, TrafficQuestion.meshWide(TrafficSignal.INBOUND, mesh));
    }
    Disruption undeclaredPorts =
        new Disruption(
            GuardId.STRICT_MTLS,
            modeField,
            "switching mTLS to STRICT on proxies with strict inbound ports (kuma-dp"
                + " feature-strict-inbound-ports)",
            "Those proxies then pass only the ports their Dataplane declares as inbounds; declare"
                + " the ports this traffic uses first.");
    check.warnIfLive(
        undeclaredPorts, TrafficQuestion.meshWide(TrafficSignal.INBOUND_PASSTHROUGH, mesh));
  }

  private static String modeField(JsonNode spec, String backend) {
    List<JsonNode> backends = SpecNodes.list(SpecNodes.object(spec, "mtls"), "backends");
    for (int i = 0; i < backends.size(); i++) {
      if (backend.equals(SpecNodes.text(backends.get(i), "name"))) {
        return "spec.mtls.backends[" + i + "].mode";
      }
    }
    return "spec.mtls";
  }
}
