package io.meshward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.core.Violation;
import org.junit.jupiter.api.Test;

/**
 * The Mesh CRD leaves {@code spec} unchecked, so a value Kuma's protojson cannot decode reaches the
 * webhook, which answers 400 before any rule or label check.
 */
class MeshDecodingTest {

  private static Verdict judge(String spec) throws Exception {
    String yaml =
        "apiVersion: kuma.io/v1alpha1\nkind: Mesh\n"
            + "metadata: {name: m, labels: {kuma.io/origin: foo}}\nspec: "
            + spec;
    return OfflineEngine.create(yaml);
  }

  @Test
  void anUnknownEnumNameIsA400NamingTheFirstValue() throws Exception {
    Verdict v =
        judge(
            "{mtls: {enabledBackend: nope, backends: [{name: a, type: builtin, mode: LOOSE,"
                + " dpCert: {requestTimeout: '10'}}]}}");
    assertThat(v.allowed()).isFalse();
    assertThat(v.code()).isEqualTo(400);
    assertThat(v.reason()).isEmpty();
    assertThat(v.message())
        .isEqualTo(
            "cannot decode Mesh: spec.mtls.backends[0].mode: invalid value for enum field mode:"
                + " \"LOOSE\"");
    assertThat(v.violations().stream().map(Violation::field))
        .containsExactly(
            "spec.mtls.backends[0].mode", "spec.mtls.backends[0].dpCert.requestTimeout");
  }

  @Test
  void aValueOfTheWrongTypeIsA400Too() throws Exception {
    Verdict v = judge("{networking: {outbound: {passthrough: 'yes'}}}");
    assertThat(v.code()).isEqualTo(400);
    assertThat(v.message())
        .startsWith("cannot decode Mesh: spec.networking.outbound.passthrough: ");
  }

  @Test
  void aDecodableMeshMeetsTheLabelChecksAndRules() throws Exception {
    Verdict v = judge("{mtls: {backends: [{name: a, type: builtin, mode: PERMISSIVE}]}}");
    assertThat(v.code()).isEqualTo(422);
    assertThat(v.violations().stream().map(Violation::field))
        .containsExactly("labels[\"kuma.io/origin\"]");
  }
}
