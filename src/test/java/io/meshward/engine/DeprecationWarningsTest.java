package io.meshward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kuma's handler returns the top-level targetRef deprecations of a policy with an allowed answer,
 * and no warning with a denial.
 */
class DeprecationWarningsTest {

  private static String policy(String kind, String targetRef, String extra) {
    return """
        apiVersion: kuma.io/v1alpha1
        kind: %s
        metadata: {name: p, namespace: kuma-system, labels: {kuma.io/mesh: default}}
        spec:
          targetRef: %s
        %s
        """
        .formatted(kind, targetRef, extra);
  }

  private static final String REMOVE_CLUSTER =
      "  default: {appendModifications: [{cluster: {operation: Remove}}]}";

  @ParameterizedTest
  @ValueSource(strings = {"MeshService", "MeshServiceSubset", "MeshSubset"})
  void deprecatedKindsWarnWhenAllowed(String kind) throws Exception {
    String ref = "{kind: " + kind + (kind.equals("MeshSubset") ? "}" : ", name: web}");
    Verdict patch = OfflineEngine.create(policy("MeshProxyPatch", ref, REMOVE_CLUSTER));
    assertThat(patch.allowed()).isTrue();
    assertThat(patch.warnings())
        .filteredOn(w -> w.contains("deprecated"))
        .containsExactly(
            kind + " value for 'targetRef.kind' is deprecated, use Dataplane with labels instead");
    Verdict timeout =
        OfflineEngine.create(
            policy(
                "MeshTimeout",
                ref,
                "  to: [{targetRef: {kind: Mesh}, default: {idleTimeout: 1h}}]"));
    assertThat(timeout.allowed()).isTrue();
    assertThat(timeout.warnings()).singleElement().asString().contains("is deprecated");
  }

  @org.junit.jupiter.api.Test
  void deprecationsPrecedeMeshwardsOwnWarnings() throws Exception {
    Verdict v =
        OfflineEngine.create(
            policy(
                "MeshProxyPatch",
                "{kind: MeshService, name: web}",
                "  default: {appendModifications: [{listener: {operation: Add, value: 'nme: x'}}]}"));
    assertThat(v.warnings()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(v.warnings().get(0)).startsWith("MeshService value for");
    assertThat(v.warnings().get(1))
        .isEqualTo(
            "spec.default.appendModifications[0].listener.value: unknown field \"nme\" is ignored"
                + " by Kuma");
  }

  @org.junit.jupiter.api.Test
  void aDeniedPolicyGetsNoDeprecation() throws Exception {
    Verdict v =
        OfflineEngine.create(
            policy("MeshProxyPatch", "{kind: MeshHTTPRoute, name: r}", REMOVE_CLUSTER));
    assertThat(v.allowed()).isFalse();
    assertThat(v.warnings()).noneMatch(w -> w.contains("is deprecated"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"{kind: Mesh}", "{kind: Dataplane, name: d}", "{kind: MeshGateway, name: g}"})
  void currentKindsDoNotWarn(String ref) throws Exception {
    assertThat(OfflineEngine.create(policy("MeshProxyPatch", ref, REMOVE_CLUSTER)).warnings())
        .noneMatch(w -> w.contains("deprecated"));
  }
}
