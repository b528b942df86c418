package io.meshward.guard;

import static io.meshward.guard.FixedTrafficSource.always;
import static io.meshward.guard.FixedTrafficSource.idle;
import static io.meshward.guard.FixedTrafficSource.live;
import static io.meshward.guard.GuardEngines.engine;
import static io.meshward.guard.GuardEngines.mesh;
import static io.meshward.guard.GuardEngines.meshPassthroughOn;
import static io.meshward.guard.GuardEngines.mtls;
import static io.meshward.guard.GuardEngines.passthroughOff;
import static io.meshward.guard.GuardEngines.run;
import static io.meshward.guard.GuardEngines.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.core.Operation;
import io.meshward.engine.AdmissionInput;
import io.meshward.engine.FailMode;
import io.meshward.engine.Verdict;
import org.junit.jupiter.api.Test;

/** The Mesh guards: passthrough turned off and STRICT mTLS. */
class MeshGuardsTest {

  private static Verdict update(FixedTrafficSource source, String object, String old) {
    return run(TrafficGuards.using(source), Operation.UPDATE, object, old);
  }

  @Test
  void passthroughOffIsDeniedWhileTrafficFlowsWithFieldAndNumbers() {
    FixedTrafficSource source = always(live(3));
    Verdict verdict = update(source, passthroughOff(""), meshPassthroughOn());
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.code()).isEqualTo(422);
    assertThat(verdict.reason()).isEqualTo("Invalid");
    assertThat(verdict.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("spec.networking.outbound.passthrough");
              assertThat(v.message())
                  .contains("outbound passthrough traffic in mesh \"default\" is flowing now")
                  .contains("4.50 new passthrough connections/s over 5m")
                  .contains("top dataplanes: web-1 (3), web-2 (1.50)")
                  .contains("MeshExternalService")
                  .contains("meshward.io/allow-traffic-disruption: \"true\"");
            });
    assertThat(source.questions)
        .containsExactly(TrafficQuestion.meshWide(TrafficSignal.PASSTHROUGH, "default"));
  }

  @Test
  void passthroughOffIsAllowedWhenIdle() {
    Verdict verdict = update(always(idle()), passthroughOff(""), mesh("{}", ""));
    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.warnings()).isEmpty();
  }

  @Test
  void createCountsAsTurningPassthroughOffButUnchangedUpdateIsNotAsked() {
    assertThat(
            run(TrafficGuards.using(always(live(1))), Operation.CREATE, passthroughOff(""), null)
                .allowed())
        .isFalse();
    FixedTrafficSource source = always(live(1));
    assertThat(update(source, passthroughOff(""), passthroughOff("")).allowed()).isTrue();
    assertThat(update(source, meshPassthroughOn(), passthroughOff("")).allowed()).isTrue();
    assertThat(source.questions).isEmpty();
  }

  @Test
  void noDataAndSourceErrorsAreCannotVerifyNotIdle() {
    for (TrafficAnswer answer :
        new TrafficAnswer[] {
          PrometheusResponse.read(
              "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\"," + "\"result\":[]}}",
              "dataplane",
              "x"),
          TrafficAnswer.unavailable("the test source refused the connection")
        }) {
      Verdict verdict = update(always(answer), passthroughOff(""), meshPassthroughOn());
      assertThat(verdict.allowed()).isFalse();
      assertThat(verdict.violations().get(0).message())
          .startsWith("setting networking.outbound.passthrough to false refused: could not verify")
          .contains(answer.reason())
          .contains("(fail mode closed)")
          .contains("meshward.traffic.fail-mode=open");
    }
  }

  @Test
  void failOpenAllowsWithAWarningWhenTheSourceCannotAnswer() {
    TrafficGuards guards =
        TrafficGuards.using(always(TrafficAnswer.unavailable("the test source timed out")))
            .withFailMode(FailMode.OPEN);
    Verdict verdict = run(guards, Operation.UPDATE, passthroughOff(""), meshPassthroughOn());
    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.warnings())
        .singleElement()
        .asString()
        .contains("could not verify outbound passthrough traffic")
        .contains("the test source timed out")
        .endsWith("(allowed: fail mode open)");
  }

  @Test
  void dryRunIsGuardedToo() {
    AdmissionInput input =
        new AdmissionInput(
            Operation.UPDATE, yaml(passthroughOff("")), yaml(meshPassthroughOn()), true, "alice");
    assertThat(engine(TrafficGuards.using(always(live(1)))).validate(input).allowed()).isFalse();
  }

  @Test
  void kumaRulesComeFirstAndTheSourceIsNotAsked() {
    FixedTrafficSource source = always(live(1));
    String invalid =
        mesh("networking: {outbound: {passthrough: false}}\nmtls: {enabledBackend: nope}", "");
    Verdict verdict = update(source, invalid, meshPassthroughOn());
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.violations())
        .extracting(v -> v.field())
        .doesNotContain("spec.networking.outbound.passthrough");
    assertThat(source.questions).isEmpty();
  }

  @Test
  void permissiveToStrictIsDeniedWhilePlaintextFlows() {
    FixedTrafficSource source = always(live(2));
    Verdict verdict = update(source, mtls("STRICT"), mtls("PERMISSIVE"));
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("spec.mtls.backends[0].mode");
              assertThat(v.message())
                  .contains(
                      "switching mTLS from PERMISSIVE to STRICT would cut"
                          + " plaintext inbound traffic in mesh \"default\"");
            });
    assertThat(source.questions)
        .containsExactly(
            TrafficQuestion.meshWide(TrafficSignal.PLAINTEXT_INBOUND, "default"),
            TrafficQuestion.meshWide(TrafficSignal.INBOUND_PASSTHROUGH, "default"));
    assertThat(update(always(idle()), mtls("STRICT"), mtls("PERMISSIVE")).allowed()).isTrue();
  }

  @Test
  void intoStrictWarnsAboutInboundPassthroughTrafficThatStrictInboundPortsWouldCut() {
    FixedTrafficSource source =
        new FixedTrafficSource(
            q -> q.signal() == TrafficSignal.INBOUND_PASSTHROUGH ? live(4) : idle());
    for (String before : new String[] {mtls("PERMISSIVE"), mesh("{}", "")}) {
      Verdict verdict = update(source, mtls("STRICT"), before);
      assertThat(verdict.allowed()).isTrue();
      assertThat(verdict.warnings())
          .singleElement()
          .asString()
          .startsWith(
              "switching mTLS to STRICT on proxies with strict inbound ports (kuma-dp"
                  + " feature-strict-inbound-ports) would cut inbound passthrough traffic in mesh"
                  + " \"default\"")
          .contains("declare the ports this traffic uses first");
    }
    // already STRICT: nothing is switched, nothing asked
    source.questions.clear();
    assertThat(update(source, mtls("STRICT"), mtls("STRICT")).warnings()).isEmpty();
    assertThat(source.questions).isEmpty();
  }

  @Test
  void enablingStrictMtlsWithLiveInboundTrafficOnlyWarns() {
    FixedTrafficSource source = always(live(2));
    Verdict verdict = update(source, mtls("STRICT"), mesh("{}", ""));
    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.warnings()).hasSize(2);
    assertThat(verdict.warnings().get(0))
        .startsWith("enabling mTLS in STRICT mode would cut inbound traffic")
        .contains("PERMISSIVE mode first");
    assertThat(source.questions)
        .containsExactly(
            TrafficQuestion.meshWide(TrafficSignal.INBOUND, "default"),
            TrafficQuestion.meshWide(TrafficSignal.INBOUND_PASSTHROUGH, "default"));
    assertThat(update(always(idle()), mtls("STRICT"), mesh("{}", "")).warnings()).isEmpty();
  }
}
