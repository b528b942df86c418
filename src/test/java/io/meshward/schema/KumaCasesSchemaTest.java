package io.meshward.schema;

import static io.meshward.schema.SchemaSamples.CHECK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaKind;
import io.meshward.core.Violation;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kuma's own validation cases: the CRD schema verdict recorded with each MeshProxyPatch case, and
 * every Mesh case decoding as Kuma decodes it.
 */
class KumaCasesSchemaTest {

  /** Upstream cases with a field protojson ignores (a misplaced {@code path}). */
  private static final Map<String, List<String>> EXPECTED_MESH_WARNINGS =
      Map.of(
          "mesh-24-multiple-errors.yaml",
          List.of("spec.logging.backends[2].path: unknown field, Kuma ignores it"));

  static Stream<String> crdCheckedCases() {
    return SchemaSamples.kumaCaseNames().stream()
        .filter(name -> SchemaSamples.kumaCase(name).has("crd_schema_check"));
  }

  static Stream<String> meshCases() {
    return SchemaSamples.kumaCaseNames().stream().filter(name -> name.startsWith("mesh-"));
  }

  @ParameterizedTest
  @MethodSource("crdCheckedCases")
  void agreesWithTheRecordedCrdSchemaVerdict(String name) {
    JsonNode kumaCase = SchemaSamples.kumaCase(name);
    JsonNode crdCheck = kumaCase.get("crd_schema_check");
    KumaKind kind = KumaKind.of(kumaCase.get("kind").asText()).orElseThrow();

    List<String> fields =
        CHECK.validate(kind, kumaCase.get("k8s_object")).violations().stream()
            .map(Violation::field)
            .toList();

    if (crdCheck.get("passes_crd_schema").asBoolean()) {
      assertThat(fields).isEmpty();
    } else {
      assertThat(crdCheck.get("errors")).isNotEmpty();
      for (JsonNode error : crdCheck.get("errors")) {
        String path = error.get("path").asText();
        assertThat(fields)
            .as("violation at or under %s (%s)", path, error.get("error").asText())
            .anyMatch(f -> f.equals(path) || f.startsWith(path + ".") || f.startsWith(path + "["));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("meshCases")
  void everyMeshCaseDecodes(String name) {
    JsonNode kumaCase = SchemaSamples.kumaCase(name);
    for (String key : List.of("k8s_object", "old_k8s_object")) {
      if (kumaCase.has(key)) {
        SchemaReport report = CHECK.validate(KumaKind.MESH, kumaCase.get(key));
        assertThat(report.violations()).as(key).isEmpty();
        assertThat(report.warnings())
            .as(key)
            .containsExactlyElementsOf(EXPECTED_MESH_WARNINGS.getOrDefault(name, List.of()));
      }
    }
  }
}
