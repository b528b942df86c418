package io.meshward.acceptance;

import static io.meshward.acceptance.Fixtures.GOLDEN;
import static io.meshward.acceptance.Fixtures.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meshward.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check steps of README.md's CI snippets, run exactly as written (read from README.md) with
 * {@code bash -eo pipefail}, as the CI services run them, in a scratch git repository whose change
 * edits a Mesh, deletes a policy, adds a denied one and leaves one file alone. The meshward build
 * step is stood in for by this build's package.
 */
class CiSnippetIT {

  private static final String MANIFESTS = "deploy/kuma";
  private static final String NEW_POLICY =
      """
      # a new policy with a typo in its target kind
      apiVersion: kuma.io/v1alpha1
      kind: MeshTrafficPermission
      metadata:
        name: mtp
        namespace: kuma-system
        labels:
          kuma.io/mesh: default
      spec:
        targetRef:
          kind: Bogus
        from:
          - targetRef:
              kind: Mesh
            default:
              action: Allow
      """;

  @TempDir Path dir;
  private Path repo;
  private String baseSha;

  @BeforeEach
  void scratchRepository() throws IOException {
    repo = Files.createDirectories(dir.resolve("repo"));
    Path kuma = Files.createDirectories(repo.resolve(MANIFESTS));
    Files.copy(Path.of(cli("base-update/base/mesh.yaml")), kuma.resolve("mesh.yaml"));
    Files.copy(Path.of(cli("base-update/base/retired.yaml")), kuma.resolve("retired.yaml"));
    Files.copy(Path.of(cli("malformed/good.yaml")), kuma.resolve("untouched.yaml"));
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "base");
    baseSha = git("rev-parse", "HEAD").strip();
    git("checkout", "-q", "-b", "change");
    Files.copy(
        Path.of(cli("base-update/head/mesh.yaml")),
        kuma.resolve("mesh.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.delete(kuma.resolve("retired.yaml"));
    Files.createDirectories(kuma.resolve("policies"));
    Files.writeString(kuma.resolve("policies/mtp.yaml"), NEW_POLICY);
    Files.writeString(repo.resolve("notes.txt"), "not a manifest\n");
    git("add", "-A");
    git("commit", "-q", "-m", "change");
    // The snippets build meshward in .meshward; this build's package stands in for it.
    Path target = Files.createDirectories(repo.resolve(".meshward/target"));
    Files.createSymbolicLink(target.resolve("quarkus-app"), Meshward.jar().getParent());
  }

  @Test
  void githubActionsCheckStep() throws Exception {
    JsonNode workflow = CiSnippets.snippet("GitHub Actions");
    JsonNode steps = workflow.path("jobs").path("meshward").path("steps");
    assertThat(steps.findValuesAsText("path")).contains(".meshward");
    assertThat(CiSnippets.githubStep(workflow, "meshward", "Build meshward").path("run").asText())
        .isEqualTo("cd .meshward && ./mvnw -B -q package -DskipTests");
    JsonNode upload = CiSnippets.githubStep(workflow, "meshward", "Upload SARIF");
    assertThat(upload.path("if").asText()).contains("always()");
    assertThat(upload.path("with").path("sarif_file").asText()).isEqualTo("meshward.sarif");

    JsonNode step = CiSnippets.githubStep(workflow, "meshward", "meshward check");
    Path runnerTemp = Files.createDirectories(dir.resolve("runner-temp"));
    Path summary = dir.resolve("step-summary.md");
    Meshward shell = shell().env("RUNNER_TEMP", runnerTemp.toString());
    shell.env("GITHUB_STEP_SUMMARY", summary.toString());
    CiSnippets.strings(workflow.path("env")).forEach(shell::env);
    CiSnippets.strings(step.path("env"))
        .forEach(
            (k, v) ->
                shell.env(k, v.replace("${{ github.event.pull_request.base.sha }}", baseSha)));
    String run = step.path("run").asText();
    assertThat(run).doesNotContain("${{");

    Meshward.Run result = shell.exec(bash(run));
    assertThat(result.code()).as(result.both()).isEqualTo(1);
    Golden.assertMatches(GOLDEN.resolve("github-check-step.txt"), result.out());
    String markdown = Meshward.read(summary).replace(runnerTemp.toString(), "$RUNNER_TEMP");
    Golden.assertMatches(GOLDEN.resolve("github-step-summary.md"), markdown);
    assertThat(markdown).contains("UPDATE").contains("DELETE").doesNotContain("untouched");
    JsonNode sarif = new ObjectMapper().readTree(repo.resolve("meshward.sarif").toFile());
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.findValuesAsText("uri"))
        .contains(MANIFESTS + "/mesh.yaml", MANIFESTS + "/policies/mtp.yaml")
        .noneMatch(uri -> uri.contains("untouched"));
  }

  @Test
  void gitlabCheckScript() throws Exception {
    JsonNode job = CiSnippets.snippet("GitLab CI").path("meshward");
    List<String> script = new ArrayList<>();
    job.path("script").forEach(line -> script.add(line.asText()));
    assertThat(script.get(0)).startsWith("git clone").endsWith(" .meshward");
    assertThat(script.get(1)).isEqualTo("(cd .meshward && ./mvnw -B -q package -DskipTests)");
    assertThat(job.path("artifacts").path("when").asText()).isEqualTo("always");
    String junit = job.path("artifacts").path("reports").path("junit").asText();

    Meshward shell = shell().env("CI_MERGE_REQUEST_DIFF_BASE_SHA", baseSha);
    CiSnippets.strings(job.path("variables")).forEach(shell::env);
    Meshward.Run result = shell.exec(bash(String.join("\n", script.subList(2, script.size()))));
    assertThat(result.code()).as(result.both()).isEqualTo(1);
    assertThat(result.out())
        .contains("denied Mesh/default (UPDATE")
        .contains("allowed MeshRetry/kuma-system/retired (DELETE")
        .contains("denied MeshTrafficPermission/kuma-system/mtp (CREATE")
        .doesNotContain("untouched");
    var xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(repo.resolve(junit).toFile());
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(4);
    assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(2);
  }

  private Meshward shell() {
    String path = Meshward.java().getParent() + ":" + System.getenv().getOrDefault("PATH", "");
    return new Meshward().in(repo).env("PATH", path);
  }

  private static List<String> bash(String script) {
    return List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script);
  }

  private String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "init.defaultBranch=main"));
    command.addAll(List.of(args));
    Meshward git = new Meshward().in(repo);
    Map.of(
            "GIT_AUTHOR_NAME",
            "test",
            "GIT_AUTHOR_EMAIL",
            "test@example.com",
            "GIT_COMMITTER_NAME",
            "test",
            "GIT_COMMITTER_EMAIL",
            "test@example.com")
        .forEach(git::env);
    Meshward.Run run = git.exec(command);
    assertThat(run.code()).as("git %s: %s", List.of(args), run.err()).isZero();
    return run.out();
  }
}
