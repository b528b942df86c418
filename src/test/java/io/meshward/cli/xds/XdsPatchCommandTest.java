package io.meshward.cli.xds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import io.meshward.testing.Golden;
import io.meshward.xds.XdsModsTest;
import io.meshward.xds.XdsResource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code meshward xds patch}: Kuma's application cases, config_dump input and exit codes. */
class XdsPatchCommandTest {

  static final String IN = XdsRenderCommandTest.IN;

  @TempDir Path tmp;

  static Stream<Path> cases() throws Exception {
    return XdsModsTest.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void kumaCaseThroughCli(Path file) throws Exception {
    JsonNode doc = Json.YAML.readTree(file.toFile());
    ObjectNode input = Json.MAPPER.createObjectNode();
    ArrayNode resources = input.putArray("resources");
    for (JsonNode in : doc.path("inputs")) {
      ObjectNode item = in.deepCopy();
      ((ObjectNode) item.get("resource"))
          .put("@type", XdsResource.TYPE_URL_PREFIX + doc.path("input_type").asText());
      resources.add(item);
    }
    ObjectNode patch =
        Json.MAPPER.createObjectNode().put("type", "MeshProxyPatch").put("name", "p");
    patch.put("mesh", "default");
    patch
        .putObject("spec")
        .putObject("default")
        .set("appendModifications", doc.get("modifications"));
    Path inputFile = Files.writeString(tmp.resolve("input.json"), input.toString());
    Path patchFile =
        Files.writeString(tmp.resolve("patch.yaml"), Json.YAML.writeValueAsString(patch));
    CliRun run =
        CliRun.of(
            "patch",
            "--input",
            inputFile.toString(),
            "--patch",
            patchFile.toString(),
            "-o",
            "json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Json.MAPPER.readTree(run.out()))
        .isEqualTo(XdsModsTest.normalized(doc.path("expected")));
  }

  @Test
  void configDumpInput() {
    CliRun run =
        CliRun.of(
            "patch",
            "--input",
            IN + "config-dump.json",
            "--patch",
            IN + "doc-timeouts-universal.yaml");
    assertThat(run.exit()).as(run.err()).isZero();
    Golden.assertMatches(XdsRenderCommandTest.GOLDEN.resolve("patch-config-dump.yaml"), run.out());
  }

  @Test
  void failingModificationExitsOne() {
    CliRun run =
        CliRun.of(
            "patch", "--input", IN + "config-dump.json", "--patch", IN + "failing-patch.yaml");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "could not apply 0 modification: type URL of dst"
                + " \"type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy\"");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aModificationThatSelectsNothingIsAWarningAndChangesNothing() throws Exception {
    Path patch =
        Files.writeString(
            tmp.resolve("typo.yaml"),
            """
            type: MeshProxyPatch
            name: typo
            mesh: default
            spec:
              default:
                appendModifications:
                  - cluster:
                      operation: Patch
                      match: {name: outbound:passthrough:ipv7}
                      value: "connectTimeout: 3s"
                  - networkFilter:
                      operation: Patch
                      match: {name: envoy.filters.network.tcp_proxy}
                      value: |
                        name: envoy.filters.network.tcp_proxy
                        typedConfig:
                          '@type': type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy
                          statPrefix: patched
            """);
    CliRun run =
        CliRun.of("patch", "--input", IN + "config-dump.json", "--patch", patch.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    // The second modification selects the filter: only the first is reported.
    assertThat(run.err().lines())
        .containsExactly(
            "meshward xds patch: warning: MeshProxyPatch typo:"
                + " spec.default.appendModifications[0].cluster.match: selects no cluster in the"
                + " input, so this modification does nothing; did you mean"
                + " \"outbound:passthrough:ipv4\"? (clusters there: outbound:passthrough:ipv4)");
    assertThat(run.out()).contains("statPrefix: patched").doesNotContain("3s");
  }

  @Test
  void inputErrorsExitTwo() {
    assertThat(
            CliRun.of(
                    "patch", "--input", IN + "mesh-k8s.yaml", "--patch", IN + "failing-patch.yaml")
                .exit())
        .isEqualTo(2);
    assertThat(
            CliRun.of("patch", "--input", IN + "config-dump.json", "--patch", IN + "mesh-k8s.yaml")
                .exit())
        .isEqualTo(2);
    assertThat(CliRun.of("patch", "--input", IN + "config-dump.json").exit()).isEqualTo(2);
  }
}
