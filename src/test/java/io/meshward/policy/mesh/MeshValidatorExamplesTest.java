package io.meshward.policy.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import io.meshward.core.KumaResource;
import io.meshward.core.Operation;
import io.meshward.core.Violations;
import io.meshward.policy.PolicyRole;
import io.meshward.policy.ValidationContext;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@link MeshValidator} over Kuma's own Mesh cases (CREATE and UPDATE). */
class MeshValidatorExamplesTest {

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    Path dir =
        Path.of(MeshValidatorExamplesTest.class.getResource("/kuma-examples/validation").toURI());
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.startsWith("mesh-") || !name.endsWith(".yaml")) {
          continue;
        }
        JsonNode doc = Json.YAML.readTree(file.toFile());
        if (!"DELETE".equals(doc.path("operation").asText("CREATE"))) {
          out.add(Arguments.of(name, doc));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesKuma(String name, JsonNode doc) {
    Operation op = Operation.parse(doc.path("operation").asText("CREATE"));
    KumaResource old =
        doc.has("old_k8s_object") ? KumaResource.of(doc.get("old_k8s_object")) : null;
    ValidationContext ctx =
        new ValidationContext(KumaResource.of(doc.get("k8s_object")), old, op, PolicyRole.SYSTEM);
    Violations violations = new Violations("mesh");

    new MeshValidator().validate(ctx, violations, new ArrayList<>());

    List<String> expected = new ArrayList<>();
    doc.path("violations")
        .forEach(
            v -> expected.add(v.get("webhook_field").asText() + ": " + v.get("message").asText()));
    assertThat(violations.list())
        .extracting(v -> v.field() + ": " + v.message())
        .containsExactlyElementsOf(expected);
    assertThat(violations.isEmpty()).isEqualTo("valid".equals(doc.get("expect").asText()));
  }
}
