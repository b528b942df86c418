package io.meshward.policy.meshproxypatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import io.meshward.core.KumaResource;
import io.meshward.core.Operation;
import io.meshward.core.Violations;
import io.meshward.policy.PolicyRoles;
import io.meshward.policy.ValidationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Kuma's own MeshProxyPatch validation cases, each with its exact violations in order. */
class MeshProxyPatchExamplesTest {

  private static final Path DIR = Path.of("src/test/resources/kuma-examples/validation");
  private static final PolicyRoles ROLES =
      new PolicyRoles(Set.of("kuma-system", "kong-mesh-system"));

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<Path> list =
          files
              .filter(p -> p.getFileName().toString().matches("meshproxypatch-.*\\.yaml"))
              .sorted()
              .toList();
      return list.stream();
    }
  }

  @Test
  void everyCaseIsFound() throws IOException {
    assertThat(cases()).hasSize(92);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsKumasViolations(Path file) {
    JsonNode example = read(file);
    KumaResource object = KumaResource.of(example.get("k8s_object"));
    ValidationContext ctx =
        new ValidationContext(object, null, Operation.CREATE, ROLES.roleOf(object));
    Violations violations = new Violations("meshproxypatch");
    List<String> warnings = new ArrayList<>();

    new MeshProxyPatchValidator(new FakeEnvoyValueParser()).validate(ctx, violations, warnings);

    List<String> expected = new ArrayList<>();
    example
        .path("violations")
        .forEach(v -> expected.add(v.get("field").asText() + " | " + v.get("message").asText()));
    List<String> actual =
        violations.list().stream().map(v -> v.field() + " | " + v.message()).toList();
    assertThat(actual).containsExactlyElementsOf(expected);
    assertThat(violations.isEmpty()).isEqualTo(example.get("expect").asText().equals("valid"));
    assertThat(violations.list()).allSatisfy(v -> assertThat(v.rule()).isEqualTo("meshproxypatch"));
  }

  private static JsonNode read(Path file) {
    try {
      return Json.YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
