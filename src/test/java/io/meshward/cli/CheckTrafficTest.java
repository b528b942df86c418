package io.meshward.cli;

import static io.meshward.cli.Cli.check;
import static io.meshward.cli.Cli.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live-traffic guards of {@code meshward check}: {@code --stats}, {@code --prometheus}. */
class CheckTrafficTest {

  private static final String HEAD = fixture("traffic/head");
  private static final String BASE = fixture("traffic/base");

  @Test
  void passthroughOffIsDeniedWhilePassthroughConnectionsAreOpen() throws Exception {
    Cli.Result r =
        check("-o", "json", "--base", BASE, "--stats", fixture("traffic/live.prom"), HEAD);
    assertThat(r.code()).isEqualTo(1);
    JsonNode result = only(r);
    assertThat(result.path("operation").asText()).isEqualTo("UPDATE");
    assertThat(result.path("allowed").asBoolean()).isFalse();
    JsonNode v = result.path("violations").path(0);
    assertThat(v.path("field").asText()).isEqualTo("spec.networking.outbound.passthrough");
    assertThat(v.path("rule").asText()).isEqualTo("traffic-guard/passthrough-off");
    assertThat(v.path("message").asText()).contains("web-1").contains("3");
    assertThat(v.path("line").asInt()).isEqualTo(9);
  }

  @Test
  void passthroughOffIsAllowedWhenTheGaugeIsZero() throws Exception {
    Cli.Result r =
        check("-o", "json", "--base", BASE, "--stats", fixture("traffic/idle.prom"), HEAD);
    assertThat(r.code()).isEqualTo(0);
    JsonNode result = only(r);
    assertThat(result.path("allowed").asBoolean()).isTrue();
    assertThat(result.path("warnings")).isEmpty();
  }

  @Test
  void intoStrictWarnsAboutOpenInboundPassthroughConnections(@TempDir Path dir) throws Exception {
    String mesh =
        """
        apiVersion: kuma.io/v1alpha1
        kind: Mesh
        metadata: {name: default}
        spec:
          mtls:
            enabledBackend: ca-1
            backends: [{name: ca-1, type: builtin, mode: %s}]
        """;
    Path base = Files.writeString(dir.resolve("base.yaml"), mesh.formatted("PERMISSIVE"));
    Path head = Files.writeString(dir.resolve("head.yaml"), mesh.formatted("STRICT"));
    Path stats =
        Files.writeString(
            dir.resolve("stats.prom"),
            """
            # TYPE envoy_cluster_upstream_cx_active gauge
            envoy_cluster_upstream_cx_active{envoy_cluster_name="inbound_passthrough_ipv4",mesh="default",dataplane="db-1"} 2
            envoy_cluster_upstream_cx_active{envoy_cluster_name="localhost_5432",mesh="default",dataplane="db-1"} 9
            # TYPE envoy_tls_inspector_tls_not_found counter
            envoy_tls_inspector_tls_not_found{mesh="default",dataplane="db-1"} 0
            """);
    Cli.Result r =
        check(
            "-o", "json", "--base", base.toString(), "--stats", stats.toString(), head.toString());
    assertThat(r.code()).isEqualTo(0);
    JsonNode result = only(r);
    assertThat(result.path("allowed").asBoolean()).isTrue();
    assertThat(result.path("warnings")).hasSize(1);
    assertThat(result.path("warnings").path(0).asText())
        .contains("would cut inbound passthrough traffic in mesh \"default\"")
        .contains("2 open inbound passthrough connections in the stats snapshot")
        .contains("db-1");
  }

  @Test
  void withoutASourceTheGuardWarnsThatTrafficWasNotVerified() throws Exception {
    Cli.Result r = check("-o", "json", "--base", BASE, HEAD);
    assertThat(r.code()).isEqualTo(0);
    JsonNode result = only(r);
    assertThat(result.path("allowed").asBoolean()).isTrue();
    assertThat(result.path("warnings").path(0).asText()).contains("was not verified");
    assertThat(check("--fail-on", "warning", "--base", BASE, HEAD).code()).isEqualTo(1);
  }

  @Test
  void unchangedPassthroughAsksNothing() throws Exception {
    Cli.Result r =
        check("-o", "json", "--base", BASE, "--stats", fixture("traffic/live.prom"), BASE);
    assertThat(r.code()).isEqualTo(0);
    assertThat(only(r).path("warnings")).isEmpty();
  }

  @Test
  void aPrometheusThatRefusesConnectionsDeniesFailClosedAndWarnsFailOpen() throws Exception {
    String url = "http://127.0.0.1:" + freePort();
    Cli.Result closed = check("-o", "json", "--base", BASE, "--prometheus", url, HEAD);
    assertThat(closed.code()).isEqualTo(1);
    assertThat(only(closed).path("violations").path(0).path("message").asText())
        .contains("refused the connection")
        .contains("fail mode closed")
        .contains("or run with --fail-mode open.")
        .doesNotContain("meshward.traffic.fail-mode");
    Cli.Result open =
        check("-o", "json", "--base", BASE, "--prometheus", url, "--fail-mode", "open", HEAD);
    assertThat(open.code()).isEqualTo(0);
    assertThat(only(open).path("warnings").path(0).asText())
        .contains("refused the connection")
        .contains("fail mode open");
  }

  @Test
  void unusableTrafficOptionsAreUsageErrors() {
    String stats = fixture("traffic/live.prom");
    assertThat(check("--stats", stats, "--prometheus", "http://p:9090", HEAD).err())
        .contains("cannot be used together");
    assertThat(check("--stats", fixture("traffic/none.prom"), HEAD).code()).isEqualTo(2);
    assertThat(check("--prometheus", "prometheus:9090", HEAD).err()).contains("http(s) URL");
    assertThat(check("--fail-mode", "maybe", HEAD).code()).isEqualTo(2);
    Cli.Result window = check("--traffic-window", "5 minutes", "--prometheus", "http://p", HEAD);
    assertThat(window.code()).isEqualTo(2);
    assertThat(window.err()).contains("--traffic-window").doesNotContain("Exception");
  }

  private static JsonNode only(Cli.Result r) throws Exception {
    JsonNode results = Json.MAPPER.readTree(r.out()).path("results");
    assertThat(results).hasSize(1);
    return results.path(0);
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
