package io.meshward.cli;

import static io.meshward.cli.Cli.check;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code meshward check} renders each MeshProxyPatch over the input's Mesh and MeshPassthroughs, as
 * the webhook's render check does over what the cluster stores; the input's Dataplanes are the
 * known proxies.
 */
class CheckRenderTest {

  @TempDir Path dir;

  private static final String FAILING_PATCH =
      """
      apiVersion: kuma.io/v1alpha1
      kind: MeshProxyPatch
      metadata:
        name: stat-prefix
        namespace: kuma-system
        labels:
          kuma.io/mesh: default
      spec:
        targetRef:
          kind: Mesh
        default:
          appendModifications:
            - listener:
                operation: Patch
                match:
                  origin: transparent
                jsonPatches:
                  - op: replace
                    path: /statPrefix
                    value: foo
      """;

  private static final String DATAPLANE =
      """
      apiVersion: kuma.io/v1alpha1
      kind: Dataplane
      metadata:
        name: web-1
        namespace: demo
        labels:
          kuma.io/mesh: default
      spec:
        networking:
          address: 10.0.0.1
          inbound:
            - port: 8080
              tags:
                kuma.io/service: web
          transparentProxying:
            redirectPortInbound: 15006
            redirectPortOutbound: 15001
      """;

  private static final String CLUSTER_PATCH =
      """
      apiVersion: kuma.io/v1alpha1
      kind: MeshProxyPatch
      metadata:
        name: timeout
        namespace: kuma-system
        labels:
          kuma.io/mesh: %s
      spec:
        targetRef:
          kind: Mesh
        default:
          appendModifications:
            - cluster:
                operation: Patch
                match:
                  name: outbound:passthrough:ipv4
                value: "connectTimeout: 3s"
      """;

  private static final String MESH_WITHOUT_PASSTHROUGH =
      """
      apiVersion: kuma.io/v1alpha1
      kind: Mesh
      metadata:
        name: %s
      spec:
        networking:
          outbound:
            passthrough: false
      """;

  private String write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file.toString();
  }

  private static JsonNode result(Cli.Result run, String name) throws IOException {
    for (JsonNode r : Json.MAPPER.readTree(run.out()).path("results")) {
      if (r.path("name").asText().equals(name)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + name + " in " + run.out());
  }

  @Test
  void aPatchThatFailsOnADataplaneOfTheInputIsDeniedAtItsLine() throws IOException {
    String file = write("all.yaml", DATAPLANE + "---\n" + FAILING_PATCH);
    Cli.Result run = check("-o", "json", file);
    assertThat(run.code()).isEqualTo(1);
    JsonNode patch = result(run, "stat-prefix");
    assertThat(patch.path("allowed").asBoolean()).isFalse();
    JsonNode v = patch.path("violations").path(0);
    assertThat(v.path("field").asText()).isEqualTo("spec.default.appendModifications[0]");
    assertThat(v.path("message").asText())
        .isEqualTo(
            "could not apply 0 modification: unable to find path /statPrefix"
                + " (on proxy web-1.demo)");
    assertThat(v.path("line").asInt()).isEqualTo(31); // the item's "- listener:" line
  }

  @Test
  void withoutADataplaneTheFailureIsAWarningThatFailOnWarningCounts() throws IOException {
    String file = write("patch.yaml", FAILING_PATCH);
    Cli.Result run = check("-o", "json", file);
    assertThat(run.code()).isZero();
    assertThat(result(run, "stat-prefix").path("warnings").path(0).asText())
        .startsWith("spec.default.appendModifications[0]: could not apply 0 modification:")
        .contains("(on a representative proxy of mesh default)")
        .endsWith("(a Dataplane of the input that it targets would make this a denial)");
    assertThat(check("--fail-on", "warning", file).code()).isEqualTo(1);
  }

  @Test
  void theMeshOfAnotherFileIsWhatThePatchIsRenderedOver() throws IOException {
    write("meshes/cut.yaml", MESH_WITHOUT_PASSTHROUGH.formatted("cut"));
    write("policies/open.yaml", CLUSTER_PATCH.formatted("open"));
    write("policies/cut.yaml", CLUSTER_PATCH.formatted("cut").replace("timeout", "cut-timeout"));
    Cli.Result run = check("-o", "json", dir.toString());
    assertThat(result(run, "timeout").path("warnings")).isEmpty();
    assertThat(result(run, "cut-timeout").path("warnings").path(0).asText())
        .startsWith(
            "spec.default.appendModifications[0].cluster.match: selects no cluster on a"
                + " representative proxy of mesh cut, so this modification does nothing;");
  }

  @Test
  void aDeniedMeshIsNotRenderedOver() throws IOException {
    String mesh =
        MESH_WITHOUT_PASSTHROUGH.formatted("cut")
            + "  mtls:\n    enabledBackend: missing\n"; // denied: no such backend
    String file = write("all.yaml", mesh + "---\n" + CLUSTER_PATCH.formatted("cut"));
    Cli.Result run = check("-o", "json", file);
    assertThat(result(run, "cut").path("allowed").asBoolean()).isFalse();
    assertThat(result(run, "timeout").path("warnings")).isEmpty();
  }

  @Test
  void withABaseTheHeadRevisionIsRenderedOver() throws IOException {
    String base = write("base/all.yaml", CLUSTER_PATCH.formatted("cut"));
    String head =
        write(
            "head/all.yaml",
            MESH_WITHOUT_PASSTHROUGH.formatted("cut") + "---\n" + CLUSTER_PATCH.formatted("cut"));
    Cli.Result run = check("-o", "json", "--base", base, head);
    JsonNode patch = result(run, "timeout");
    assertThat(patch.path("operation").asText()).isEqualTo("UPDATE");
    assertThat(patch.path("warnings").path(0).asText()).contains("selects no cluster");
  }
}
