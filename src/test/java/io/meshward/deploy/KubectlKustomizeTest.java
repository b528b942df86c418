package io.meshward.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import io.meshward.core.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The test renderer agrees with {@code kubectl kustomize} (skipped where kubectl is absent). */
class KubectlKustomizeTest {

  @ParameterizedTest
  @ValueSource(strings = {"deploy/base", "deploy/overlays/warn", "deploy/overlays/ha-strict"})
  void rendersLikeKubectl(String dir) throws Exception {
    Process process;
    try {
      process = new ProcessBuilder("kubectl", "kustomize", dir).redirectErrorStream(false).start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "kubectl is not installed: " + e.getMessage());
      return;
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("kubectl kustomize %s", dir).isZero();
    List<JsonNode> kubectl = new ArrayList<>();
    try (MappingIterator<JsonNode> docs = Json.YAML.readerFor(JsonNode.class).readValues(out)) {
      docs.forEachRemaining(kubectl::add);
    }
    List<JsonNode> ours = new ArrayList<>(Kustomization.render(Path.of(dir)));
    Comparator<JsonNode> byId =
        Comparator.comparing((JsonNode o) -> o.path("kind").asText())
            .thenComparing(o -> o.path("metadata").path("name").asText());
    kubectl.sort(byId);
    ours.sort(byId);
    assertThat(ours).isEqualTo(kubectl);
  }
}
