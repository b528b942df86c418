package io.meshward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Kuma validation case in {@code kuma-examples/validation/} written out as a manifest and
 * checked with {@code meshward check} gets Kuma's verdict: CREATE cases as the file alone, UPDATE
 * cases with the old object as {@code --base}, DELETE cases as an object only in the base. A DELETE
 * denied because Dataplanes are attached needs a cluster and is skipped.
 */
class KumaExamplesThroughCheckTest {

  static final Path DIR = Path.of("src/test/resources/kuma-examples/validation");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void checkGivesKumasVerdict(String file, @TempDir Path dir) throws IOException {
    JsonNode c = Json.YAML.readTree(DIR.resolve(file).toFile());
    String operation = c.path("operation").asText("CREATE");
    boolean valid = c.path("expect").asText().equals("valid");
    if (operation.equals("DELETE") && !valid) {
      return;
    }
    Path head = Files.createDirectories(dir.resolve("head"));
    Path base = Files.createDirectories(dir.resolve("base"));
    if (!operation.equals("DELETE")) {
      Files.writeString(
          head.resolve("object.yaml"), Json.YAML.writeValueAsString(c.get("k8s_object")));
    }
    if (!operation.equals("CREATE")) {
      Files.writeString(
          base.resolve("object.yaml"), Json.YAML.writeValueAsString(c.get("old_k8s_object")));
    }
    Cli.Result r = Cli.check("-o", "json", "--base", base.toString(), head.toString());
    assertThat(r.code()).as("stderr %s", r.err()).isEqualTo(valid ? 0 : 1);
    JsonNode result = Json.MAPPER.readTree(r.out()).path("results").path(0);
    assertThat(result.path("operation").asText()).isEqualTo(operation);
    assertThat(result.path("allowed").asBoolean()).as("result %s", result).isEqualTo(valid);
    List<String> expected = new ArrayList<>();
    for (JsonNode v : c.path("violations")) {
      expected.add(v.path("webhook_field").asText(v.path("field").asText()));
    }
    List<String> actual = new ArrayList<>();
    for (JsonNode v : result.path("violations")) {
      actual.add(v.path("field").asText());
      assertThat(v.path("line").asInt()).as("line of %s", v).isPositive();
    }
    boolean crdRejects = !c.path("crd_schema_check").path("passes_crd_schema").asBoolean(true);
    if (crdRejects) {
      assertThat(actual).containsSubsequence(expected);
    } else {
      assertThat(actual).containsExactlyElementsOf(expected);
    }
  }
}
