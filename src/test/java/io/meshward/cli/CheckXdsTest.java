package io.meshward.cli;

import static io.meshward.cli.Cli.GOLDEN;
import static io.meshward.cli.Cli.check;
import static io.meshward.cli.Cli.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import io.meshward.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meshward check --xds}: the xDS diff per touched mesh between base and head. */
class CheckXdsTest {

  private static final String HEAD = fixture("xds/head");
  private static final String BASE = fixture("xds/base");

  @Test
  void jsonHasAnXdsArrayBesideTheContract() throws Exception {
    Cli.Result r = check("--xds", "-o", "json", "--base", BASE, HEAD);
    Golden.assertMatches(GOLDEN.resolve("xds-json.json"), r.out());
    JsonNode root = Json.MAPPER.readTree(r.out());
    assertThat(root.fieldNames()).toIterable().containsExactly("summary", "results", "xds");
    assertThat(r.code()).as("a patch that fails to apply counts as denied").isEqualTo(1);
  }

  @Test
  void passthroughOffRemovesTheOutboundPassthroughClusters() throws Exception {
    JsonNode open = proxy("open", "representative");
    assertThat(open.path("error").asText()).isEmpty();
    assertThat(open.path("resources").findValuesAsText("change")).containsOnly("removed");
    assertThat(open.path("resources").findValuesAsText("resource"))
        .contains("outbound:passthrough:ipv4");
  }

  @Test
  void aCircuitBreakerPatchIsOnePatchOnTheCluster() throws Exception {
    for (String proxy : new String[] {"representative", "Dataplane/web-1"}) {
      JsonNode resources = proxy("patched", proxy).path("resources");
      assertThat(resources).hasSize(1);
      JsonNode diff = resources.path(0);
      assertThat(diff.path("resource").asText()).isEqualTo("outbound:passthrough:ipv4");
      assertThat(diff.path("type").asText())
          .isEqualTo("type.googleapis.com/envoy.config.cluster.v3.Cluster");
      assertThat(diff.path("change").asText()).isEqualTo("modified");
      assertThat(diff.path("patch")).hasSize(1);
      assertThat(diff.path("patch").path(0).path("path").asText()).isEqualTo("/circuitBreakers");
    }
  }

  @Test
  void aMeshWhoseProxiesDoNotChangeHasAnEmptyDiff() throws Exception {
    JsonNode calm = proxy("calm", "representative");
    assertThat(calm.path("error").asText()).isEmpty();
    assertThat(calm.path("resources")).isEmpty();
  }

  @Test
  void aModificationThatFailsShowsTheReason() throws Exception {
    JsonNode broken = proxy("broken", "representative");
    assertThat(broken.path("error").asText()).contains("could not apply");
    assertThat(broken.path("resources")).isEmpty();
  }

  @Test
  void textAndMarkdownShowTheDiff() {
    Cli.Result text = check("--xds", "--base", BASE, HEAD);
    Golden.assertMatches(GOLDEN.resolve("xds-text.txt"), text.out());
    Cli.Result md = check("--xds", "-o", "markdown", "--base", BASE, HEAD);
    Golden.assertMatches(GOLDEN.resolve("xds-markdown.md"), md.out());
    assertThat(md.out()).contains("### xDS changes");
  }

  @Test
  void unchangedInputsTouchNoMesh() throws Exception {
    Cli.Result r = check("--xds", "--base", BASE, BASE);
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("xDS changes: none");
    JsonNode json = Json.MAPPER.readTree(check("--xds", "-o", "json", "--base", BASE, BASE).out());
    assertThat(json.path("xds")).isEmpty();
    assertThat(Json.MAPPER.readTree(check("-o", "json", BASE).out()).has("xds")).isFalse();
  }

  @Test
  void strictMtlsRestrictsTheInboundPassthroughOfProxiesWithStrictInboundPorts(@TempDir Path dir)
      throws Exception {
    String mesh =
        """
        apiVersion: kuma.io/v1alpha1
        kind: Mesh
        metadata: {name: tls}
        spec:
          mtls:
            enabledBackend: ca-1
            backends: [{name: ca-1, type: builtin, mode: %s}]
        ---
        apiVersion: kuma.io/v1alpha1
        kind: Dataplane
        metadata: {name: web, namespace: shop, labels: {kuma.io/mesh: tls}}
        spec:
          networking:
            transparentProxying: {redirectPortOutbound: 15001, redirectPortInbound: 15006}
            inbound: [{port: 8080, tags: {kuma.io/service: web}}]
        """;
    Path base = Files.writeString(dir.resolve("base.yaml"), mesh.formatted("PERMISSIVE"));
    Path head = Files.writeString(dir.resolve("head.yaml"), mesh.formatted("STRICT"));
    JsonNode with = xdsJson(base, head, "--xds-feature", "feature-strict-inbound-ports");
    JsonNode web = entry(with, "Dataplane/shop/web");
    assertThat(web.path("resources").findValuesAsText("resource"))
        .containsExactly("inbound:passthrough:ipv4");
    assertThat(web.path("resources").path(0).path("patch").toString())
        .contains("/filterChains/0/filterChainMatch")
        .contains("8080");
    // the representative proxy has no inbound port to restrict to
    assertThat(entry(with, "representative").path("resources")).isEmpty();

    JsonNode without = xdsJson(base, head);
    assertThat(entry(without, "Dataplane/shop/web").path("resources")).isEmpty();
  }

  @Test
  void passthroughOffAddsKumasApiServerBypassWhenTheApiServerIsGiven(@TempDir Path dir)
      throws Exception {
    String mesh =
        """
        apiVersion: kuma.io/v1alpha1
        kind: Mesh
        metadata: {name: closed}
        spec: {networking: {outbound: {passthrough: %s}}}
        """;
    Path base = Files.writeString(dir.resolve("base.yaml"), mesh.formatted("true"));
    Path head = Files.writeString(dir.resolve("head.yaml"), mesh.formatted("false"));
    JsonNode report = xdsJson(base, head, "--kube-api-server", "10.96.0.1:443");
    JsonNode resources = entry(report, "representative").path("resources");
    Map<String, String> changes = new java.util.TreeMap<>();
    resources.forEach(
        r ->
            changes.put(
                r.path("type").asText().replaceAll(".*\\.", "") + " " + r.path("resource").asText(),
                r.path("change").asText()));
    assertThat(changes)
        .containsExactly(
            Map.entry("Cluster outbound:passthrough:ipv4", "removed"),
            Map.entry("Cluster plugins:bootstrap:k8s:hooks:apiServerBypass", "added"),
            Map.entry("Listener plugins:bootstrap:k8s:hooks:apiServerBypass", "added"));
    assertThat(
            check("--xds", "--kube-api-server", "nope", "--base", base.toString(), head.toString())
                .code())
        .isEqualTo(2);
  }

  /** The JSON report of {@code check --xds -o json --base base [options] head}. */
  private static JsonNode xdsJson(Path base, Path head, String... options) throws Exception {
    java.util.List<String> args =
        new java.util.ArrayList<>(java.util.List.of("--xds", "-o", "json", "--base"));
    args.add(base.toString());
    args.addAll(java.util.List.of(options));
    args.add(head.toString());
    return Json.MAPPER.readTree(check(args.toArray(String[]::new)).out());
  }

  private static JsonNode entry(JsonNode report, String proxy) {
    for (JsonNode d : report.path("xds")) {
      if (d.path("proxy").asText().equals(proxy)) {
        return d;
      }
    }
    throw new AssertionError("no xds entry for " + proxy + " in " + report);
  }

  private static JsonNode proxy(String mesh, String proxy) throws Exception {
    Cli.Result r = check("--xds", "-o", "json", "--base", BASE, HEAD);
    for (JsonNode d : Json.MAPPER.readTree(r.out()).path("xds")) {
      if (d.path("mesh").asText().equals(mesh) && d.path("proxy").asText().equals(proxy)) {
        return d;
      }
    }
    throw new AssertionError("no xds entry for " + mesh + " " + proxy + " in " + r.out());
  }
}
