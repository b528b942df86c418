package io.meshward.cli.xds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import io.meshward.testing.Golden;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code meshward xds render} output equals its golden files. */
class XdsRenderCommandTest {

  static final String IN = "src/test/resources/xds/inputs/";
  static final Path GOLDEN = Path.of("src/test/resources/xds/golden");

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("ipv4-only", List.of("--mesh", IN + "mesh-k8s.yaml")),
        Arguments.of("ipv4-only", List.of("--mesh", IN + "mesh-universal.yaml")),
        Arguments.of("dual-stack", List.of("--mesh", IN + "mesh-k8s.yaml", "--ipv6")),
        Arguments.of(
            "unified-naming",
            List.of("--mesh", IN + "mesh-k8s.yaml", "--ipv6", "--unified-naming")),
        Arguments.of("passthrough-false", List.of("--mesh", IN + "mesh-passthrough-off.yaml")),
        Arguments.of(
            "meshpassthrough-none",
            List.of(
                "--mesh",
                IN + "mesh-k8s.yaml",
                "--passthrough-policy",
                IN + "passthrough-none.yaml")),
        Arguments.of(
            "meshpassthrough-all-on-passthrough-false",
            List.of(
                "--mesh", IN + "mesh-passthrough-off.yaml",
                "--passthrough-policy", IN + "passthrough-all.yaml")),
        Arguments.of(
            "meshpassthrough-matched",
            List.of(
                "--mesh",
                IN + "mesh-k8s.yaml",
                "--ipv6",
                "--passthrough-policy",
                IN + "passthrough-matched.yaml")),
        Arguments.of(
            "doc-circuit-breakers",
            List.of(
                "--mesh", IN + "mesh-k8s.yaml", "--patch", IN + "doc-circuit-breakers-k8s.yaml")),
        Arguments.of(
            "doc-circuit-breakers",
            List.of(
                "--mesh", IN + "mesh-universal.yaml",
                "--patch", IN + "doc-circuit-breakers-universal.yaml")),
        Arguments.of(
            "passthrough-false-api-server-bypass",
            List.of(
                "--mesh", IN + "mesh-passthrough-off.yaml", "--kube-api-server", "10.96.0.1:443")),
        Arguments.of(
            "strict-inbound-ports",
            List.of(
                "--mesh", IN + "mesh-strict.yaml",
                "--feature", "feature-strict-inbound-ports",
                "--feature", "feature-reuse-port",
                "--inbound-port", "8080",
                "--inbound-port", "49151")),
        Arguments.of(
            "doc-timeouts",
            List.of("--mesh", IN + "mesh-k8s.yaml", "--patch", IN + "doc-timeouts-k8s.yaml")),
        Arguments.of(
            "doc-timeouts",
            List.of(
                "--mesh",
                IN + "mesh-universal.yaml",
                "--patch",
                IN + "doc-timeouts-universal.yaml")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void matchesGolden(String golden, List<String> args) {
    List<String> all = new ArrayList<>(List.of("render"));
    all.addAll(args);
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    Golden.assertMatches(GOLDEN.resolve("render-" + golden + ".yaml"), run.out());
  }

  @Test
  void documentedCircuitBreakerPatchGivesExactlyOneThreshold() throws Exception {
    JsonNode out = render("--patch", IN + "doc-circuit-breakers-k8s.yaml");
    JsonNode thresholds =
        resource(out, "Cluster", "outbound:passthrough:ipv4")
            .path("circuitBreakers")
            .path("thresholds");
    assertThat(thresholds).hasSize(1);
    assertThat(thresholds.get(0).toString())
        .isEqualTo(
            "{\"maxConnections\":2048,\"maxPendingRequests\":2048,\"maxRequests\":2048,\"maxRetries\":4}");
  }

  @Test
  void documentedTimeoutPatchSetsConnectAndIdleTimeouts() throws Exception {
    JsonNode plain = render();
    JsonNode out = render("--patch", IN + "doc-timeouts-universal.yaml");
    assertThat(
            resource(out, "Cluster", "outbound:passthrough:ipv4").path("connectTimeout").asText())
        .isEqualTo("99s");
    JsonNode tcp =
        resource(out, "Listener", "outbound:passthrough:ipv4")
            .at("/filterChains/0/filters/0/typedConfig");
    assertThat(tcp.path("idleTimeout").asText()).isEqualTo("10800s");
    assertThat(tcp.path("cluster").asText()).isEqualTo("outbound:passthrough:ipv4");
    // Everything else is unchanged.
    ((com.fasterxml.jackson.databind.node.ObjectNode) tcp).remove("idleTimeout");
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            resource(out, "Cluster", "outbound:passthrough:ipv4"))
        .put("connectTimeout", "10s");
    assertThat(out).isEqualTo(plain);
  }

  @Test
  void durationWithHourUnitIsReadAsKumasJsonpbReadsIt() {
    CliRun run =
        CliRun.of(
            "render",
            "--mesh",
            IN + "mesh-k8s.yaml",
            "--patch",
            IN + "doc-timeouts-3h-literal.yaml");
    // Kuma reads Envoy values with the legacy jsonpb decoder: Go's time.ParseDuration
    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.out()).contains("idleTimeout: 10800s");
  }

  @Test
  void unknownMeshFileIsAnInputError() {
    CliRun run = CliRun.of("render", "--mesh", IN + "no-such-file.yaml");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no-such-file.yaml");
  }

  @Test
  void apiServerThatIsNotHostPortIsAnInputError() {
    CliRun run =
        CliRun.of("render", "--mesh", IN + "mesh-passthrough-off.yaml", "--kube-api-server", "x");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("invalid API server address \"x\" (want host:port)");
  }

  @Test
  void inboundPortOutOfRangeIsAnInputError() {
    CliRun run = CliRun.of("render", "--mesh", IN + "mesh-strict.yaml", "--inbound-port", "70000");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("invalid --inbound-port 70000 (1 to 65535)");
  }

  @Test
  void failingPatchExitsOneWithReason() {
    CliRun run =
        CliRun.of(
            "render", "--mesh", IN + "mesh-universal.yaml", "--patch", IN + "failing-patch.yaml");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("could not apply 0 modification: ")
        .contains("is different than src");
  }

  private static JsonNode render(String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(List.of("render", "--mesh", IN + "mesh-k8s.yaml", "-o", "json"));
    args.addAll(List.of(extra));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    return Json.MAPPER.readTree(run.out());
  }

  static JsonNode resource(JsonNode doc, String type, String name) {
    for (JsonNode r : doc.path("resources")) {
      if (r.path("name").asText().equals(name)
          && r.path("resource").path("@type").asText().endsWith("." + type)) {
        return r.get("resource");
      }
    }
    throw new AssertionError(type + " " + name + " not found");
  }
}
