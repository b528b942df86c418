package io.meshward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.core.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kuma's generic handler answers with the first metadata step that fails (the mesh label, then the
 * origin label) and only then looks at the spec; the origin label is checked on every kind.
 */
class MetadataFirstTest {

  /** A MeshProxyPatch with {@code labels} whose spec breaks two kind rules. */
  private static String brokenPatch(String labels) {
    return """
        apiVersion: kuma.io/v1alpha1
        kind: MeshProxyPatch
        metadata: {name: p, namespace: kuma-system, labels: %s}
        spec:
          targetRef: {kind: Mesh, name: x}
          default: {appendModifications: [{cluster: {operation: Remove, value: x}}]}
        """
        .formatted(labels);
  }

  private static List<String> fields(String yaml) throws Exception {
    Verdict verdict = OfflineEngine.create(yaml);
    return verdict.violations().stream().map(Violation::field).toList();
  }

  @Test
  void aBadMeshLabelIsReportedAlone() throws Exception {
    assertThat(fields(brokenPatch("{kuma.io/mesh: Bad_Mesh, kuma.io/origin: foo}")))
        .containsExactly("mesh");
  }

  @Test
  void aBadOriginLabelIsReportedAloneOnceTheMeshIsValid() throws Exception {
    assertThat(fields(brokenPatch("{kuma.io/mesh: default, kuma.io/origin: foo}")))
        .containsExactly("labels[\"kuma.io/origin\"]");
  }

  @Test
  void theSpecIsJudgedWhenTheMetadataIsValid() throws Exception {
    assertThat(fields(brokenPatch("{kuma.io/mesh: default, kuma.io/origin: zone}")))
        .containsExactly(
            "spec.targetRef.name", "spec.default.appendModifications[0].cluster.value");
  }

  @Test
  void theOriginLabelOfAMeshIsChecked() throws Exception {
    String mesh =
        """
        apiVersion: kuma.io/v1alpha1
        kind: Mesh
        metadata: {name: m, labels: {kuma.io/origin: %s}}
        spec: {mtls: {enabledBackend: nope}}
        """;
    assertThat(fields(mesh.formatted("foo"))).containsExactly("labels[\"kuma.io/origin\"]");
    assertThat(fields(mesh.formatted("global"))).containsExactly("spec.mtls.enabledBackend");
  }
}
