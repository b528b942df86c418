package io.meshward.guard;

import static io.meshward.guard.FixedTrafficSource.always;
import static io.meshward.guard.FixedTrafficSource.live;
import static io.meshward.guard.GuardEngines.meshPassthroughOn;
import static io.meshward.guard.GuardEngines.passthroughOff;
import static io.meshward.guard.GuardEngines.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.core.Operation;
import io.meshward.engine.Verdict;
import org.junit.jupiter.api.Test;

/** Enforcement modes, thresholds, break-glass and the unconfigured source. */
class EnforcementTest {

  private static final String BREAK_GLASS = "{meshward.io/allow-traffic-disruption: \"true\"}";

  private static Verdict passthroughOffWith(TrafficGuards guards, String annotations) {
    return run(guards, Operation.UPDATE, passthroughOff(annotations), meshPassthroughOn());
  }

  @Test
  void warnModeAllowsLiveTrafficWithAWarning() {
    TrafficGuards guards =
        TrafficGuards.using(always(live(3)))
            .with(GuardId.PASSTHROUGH_OFF, new GuardPolicy(Enforcement.WARN, 0));
    Verdict verdict = passthroughOffWith(guards, "");
    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.warnings())
        .singleElement()
        .asString()
        .startsWith(
            "setting networking.outbound.passthrough to false would cut outbound"
                + " passthrough traffic")
        .contains("web-1 (3)");
  }

  @Test
  void offModeDoesNotAsk() {
    FixedTrafficSource source = always(live(3));
    TrafficGuards guards =
        TrafficGuards.using(source)
            .with(GuardId.PASSTHROUGH_OFF, new GuardPolicy(Enforcement.OFF, 0));
    Verdict verdict = passthroughOffWith(guards, "");
    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.warnings()).isEmpty();
    assertThat(source.questions).isEmpty();
  }

  @Test
  void trafficAtOrBelowTheThresholdIsNotLive() {
    TrafficGuards at =
        TrafficGuards.using(always(live(3)))
            .with(GuardId.PASSTHROUGH_OFF, new GuardPolicy(Enforcement.DENY, 4.5));
    assertThat(passthroughOffWith(at, "").allowed()).isTrue();
    TrafficGuards below =
        TrafficGuards.using(always(live(3)))
            .with(GuardId.PASSTHROUGH_OFF, new GuardPolicy(Enforcement.DENY, 4));
    Verdict verdict = passthroughOffWith(below, "");
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.message()).contains("(above the threshold 4)");
  }

  @Test
  void breakGlassAllowsWithAWarningAndAnAuditAnnotationNamingTheUser() {
    Verdict verdict = passthroughOffWith(TrafficGuards.using(always(live(3))), BREAK_GLASS);
    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.warnings())
        .singleElement()
        .asString()
        .contains("allowed by meshward.io/allow-traffic-disruption (recorded for alice)")
        .contains("4.50 new passthrough connections/s");
    assertThat(verdict.auditAnnotations())
        .containsOnlyKeys(GuardFindings.AUDIT_KEY)
        .hasEntrySatisfying(
            GuardFindings.AUDIT_KEY,
            v ->
                assertThat(v)
                    .startsWith(
                        "passthrough-off overridden by alice: setting"
                            + " networking.outbound.passthrough to false in mesh \"default\""));
  }

  @Test
  void breakGlassAlsoOverridesAClosedFailMode() {
    TrafficGuards guards = TrafficGuards.using(always(TrafficAnswer.unavailable("down")));
    Verdict verdict = passthroughOffWith(guards, BREAK_GLASS);
    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.auditAnnotations().get(GuardFindings.AUDIT_KEY))
        .contains("could not verify")
        .contains("down");
  }

  @Test
  void aClosedFailModeNamesHowTheFrontDoorSwitchesToOpen() {
    TrafficGuards webhook = TrafficGuards.using(always(TrafficAnswer.unavailable("down")));
    assertThat(passthroughOffWith(webhook, "").violations().get(0).message())
        .contains("or set meshward.traffic.fail-mode=open.");
    TrafficGuards cli = webhook.withFailOpenHint("run with --fail-mode open");
    assertThat(passthroughOffWith(cli, "").violations().get(0).message())
        .contains("or run with --fail-mode open.")
        .doesNotContain("meshward.traffic.fail-mode");
  }

  @Test
  void breakGlassMustBeTrue() {
    Verdict verdict =
        passthroughOffWith(
            TrafficGuards.using(always(live(3))),
            "{meshward.io/allow-traffic-disruption: \"yes\"}");
    assertThat(verdict.allowed()).isFalse();
  }

  @Test
  void withoutASourceChangesAreAllowedAsNotVerified() {
    Verdict verdict = passthroughOffWith(TrafficGuards.unverified(), "");
    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.warnings())
        .containsExactly(
            "setting networking.outbound.passthrough to false: outbound passthrough traffic in mesh"
                + " \"default\" was not verified (no traffic source configured)");
  }
}
