package io.meshward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaKind;
import io.meshward.core.KumaResource;
import io.meshward.core.Operation;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The mesh label of Kuma's defaulting-webhook cases ({@code kuma-examples/defaulter}) survives
 * meshward's normalization: a kind meshward normalizes ends up with the {@code kuma.io/mesh} label
 * Kuma's defaulter gives it, and any other kind is left alone.
 */
class DefaulterExamplesTest {

  private final MutationEngine engine = MutationEngine.standard();

  @TestFactory
  Stream<DynamicTest> keepsKumasMeshLabelBehaviour() {
    Map<String, JsonNode> cases = KumaExampleObjects.defaulterCases();
    assertThat(cases).hasSize(10);
    return cases.entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getValue())));
  }

  @Test
  void coversKindsMeshwardNormalizesAndKindsItLeavesAlone() {
    Map<String, JsonNode> cases = KumaExampleObjects.defaulterCases();
    assertThat(cases.values()).anyMatch(c -> isPolicy(c.get("input")));
    assertThat(cases.values()).anyMatch(c -> !isPolicy(c.get("input")));
  }

  private void check(JsonNode example) {
    JsonNode input = example.get("input");
    JsonNode expected = example.get("expected_after_patch");
    Mutation mutation = engine.mutate(new AdmissionInput(Operation.CREATE, input, null, false));
    String label = meshLabel(mutation.object());
    if (isPolicy(input)) {
      assertThat(label).isEqualTo(meshLabel(expected));
    } else {
      assertThat(mutation.changed()).isFalse();
      assertThat(label).isEqualTo(meshLabel(input));
    }
  }

  private static boolean isPolicy(JsonNode object) {
    return KumaKind.of(KumaResource.of(object).kind()).map(KumaKind::isPolicy).orElse(false);
  }

  private static String meshLabel(JsonNode object) {
    JsonNode label = object.path("metadata").path("labels").path(KumaResource.MESH_LABEL);
    return label.isTextual() ? label.asText() : null;
  }
}
