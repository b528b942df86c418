package io.meshward.cli;

import static io.meshward.cli.Cli.check;
import static io.meshward.cli.Cli.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every violation points at the offending node, or at its nearest existing parent. */
class CheckPositionsTest {

  static List<String> located(String path) throws Exception {
    JsonNode json = Json.MAPPER.readTree(check("-o", "json", fixture(path)).out());
    List<String> out = new ArrayList<>();
    for (JsonNode r : json.path("results")) {
      for (JsonNode v : r.path("violations")) {
        out.add(
            r.path("kind").asText()
                + " "
                + v.path("field").asText()
                + " @"
                + v.path("line").asInt()
                + ":"
                + v.path("column").asInt());
      }
    }
    return out;
  }

  @Test
  void nestedAndMissingFieldsInKubernetesForm() throws Exception {
    assertThat(located("mixed"))
        .containsExactly(
            "Mesh spec.mtls.enabledBackend @7:7",
            // missing value: reported at its parent, the `cluster:` key of item 1
            "MeshProxyPatch spec.default.appendModifications[1].cluster.value @37:9",
            "MeshTrafficPermission spec.targetRef.kind @54:5");
  }

  @Test
  void universalFormMapsKumaPathsBackToWhatWasWritten() throws Exception {
    assertThat(located("universal"))
        .containsExactly(
            // a Universal Mesh keeps its spec at the top level, and Kuma's paths start there
            "Mesh mtls.enabledBackend @4:3",
            "MeshTimeout spec.targetRef.kind @14:5",
            // `mesh` is the kuma.io/mesh label in Kubernetes form, `mesh:` in Universal form
            "MeshRetry mesh @23:1");
  }

  @Test
  void fieldsKumaNamesOutsideTheManifestFallBackToTheirNearestParent() throws Exception {
    SourceDocument doc =
        DocumentParser.parse(
                "m.yaml",
                "apiVersion: kuma.io/v1alpha1\nkind: Mesh\nmetadata:\n  name: x\n"
                    + "  labels:\n    a: b\nspec: {}\n",
                false)
            .get(0);
    KumaDocument mesh = KumaDocument.of(doc);
    assertThat(mesh.locate("spec.name")).hasToString("4:3");
    assertThat(mesh.locate("mesh")).hasToString("5:3");
    assertThat(mesh.locate("labels[\"kuma.io/origin\"]")).hasToString("5:3");
    assertThat(mesh.locate("spec.mtls.backends[0].name")).hasToString("7:1");
    assertThat(mesh.locate("")).hasToString("1:1");
  }

  @Test
  void aliasesAreExpandedAndDocumentsNumberedByTheirSection() {
    List<SourceDocument> docs =
        DocumentParser.parse("a.yaml", "---\n# empty\n---\na: &x {k: v}\nb: *x\n---\n- 1\n", false);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).index()).isEqualTo(2);
    assertThat(docs.get(0).tree().path("b").path("k").asText()).isEqualTo("v");
    assertThat(docs.get(0).line()).isEqualTo(4);
    assertThat(docs.get(1).index()).isEqualTo(3);
  }
}
