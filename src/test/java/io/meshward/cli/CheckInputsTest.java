package io.meshward.cli;

import static io.meshward.cli.Cli.GOLDEN;
import static io.meshward.cli.Cli.check;
import static io.meshward.cli.Cli.checkWithStdin;
import static io.meshward.cli.Cli.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import io.meshward.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code meshward check} does with each kind of input, and its exit codes. */
class CheckInputsTest {

  @Test
  void malformedYamlIsAnInputErrorWithItsLineAndTheOtherFilesAreStillChecked() {
    Cli.Result r = check(fixture("malformed"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).doesNotContain("Exception").contains("allowed MeshTimeout/kuma-system/ok");
    Golden.assertMatches(GOLDEN.resolve("malformed-text.txt"), r.out());
    Cli.Result json = check("-o", "json", fixture("malformed"));
    assertThat(json.code()).isEqualTo(2);
    assertThat(json.err())
        .isEqualTo(
            "meshward check: src/test/resources/cli/malformed/broken.yaml:5:13:"
                + " mapping values are not allowed here\n");
    Golden.assertMatches(GOLDEN.resolve("malformed-json.json"), json.out());
  }

  @Test
  void emptyInputIsNotAnErrorAndSaysSo() {
    Cli.Result r = check(fixture("empty"));
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("No Kuma documents found: nothing to check.\n");
    assertThat(checkWithStdin("", "-").code()).isEqualTo(0);
  }

  @Test
  void documentsThatAreNotKumaKindsAreCountedAndSkipped() {
    Cli.Result r = check(fixture("non-kuma"));
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out())
        .isEqualTo(
            "0 Kuma documents checked: 0 denied, 0 warnings, 0 mutated; 5 skipped (not Kuma),"
                + " 0 input errors.\n");
  }

  @Test
  void stdinIsReadWhenThePathIsADash() throws Exception {
    String yaml = Files.readString(Path.of(fixture("mixed/policies.yaml")));
    Cli.Result r = checkWithStdin(yaml, "-o", "json", "-");
    assertThat(r.code()).isEqualTo(1);
    Golden.assertMatches(GOLDEN.resolve("stdin-json.json"), r.out());
    JsonNode first = Json.MAPPER.readTree(r.out()).path("results").path(0);
    assertThat(first.path("file").asText()).isEqualTo("<stdin>");
  }

  @Test
  void universalFormGoesThroughTheSameRules() {
    Cli.Result r = check("-o", "json", fixture("universal"));
    assertThat(r.code()).isEqualTo(1);
    Golden.assertMatches(GOLDEN.resolve("universal-json.json"), r.out());
  }

  @Test
  void baseRevisionTurnsPairsIntoUpdatesAndLeftoversIntoDeletes() {
    Cli.Result r =
        check("--base", fixture("base-update/base"), "-o", "text", fixture("base-update/head"));
    assertThat(r.code()).isEqualTo(1);
    Golden.assertMatches(GOLDEN.resolve("base-update-text.txt"), r.out());
    assertThat(r.out())
        .contains("denied Mesh/default (UPDATE")
        .contains("allowed MeshTimeout/kuma-system/unchanged (UPDATE")
        .contains("allowed MeshRetry/kuma-system/retired (DELETE");
    // Without the base, the same Mesh is a valid CREATE.
    assertThat(check(fixture("base-update/head")).code()).isEqualTo(0);
  }

  @Test
  void failOnWarningMakesWarningsFail() {
    String good = fixture("universal/policies.yaml");
    assertThat(check(fixture("malformed/good.yaml")).code()).isEqualTo(0);
    Cli.Result warned = check("--fail-on", "warning", fixture("mixed/policies.yaml"));
    assertThat(warned.code()).isEqualTo(1);
    assertThat(good).isNotEmpty();
  }

  @Test
  void usageErrorsExitWithTwoAndNoStackTrace() {
    Cli.Result none = check();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("Missing required parameter");
    Cli.Result format = check("-o", "yaml", fixture("mixed"));
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("unknown output format \"yaml\"");
    Cli.Result missing = check("no/such/dir");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.out()).contains("no/such/dir:1:1: no such file or directory");
    Cli.Result stats = check("--stats", "stats.txt", fixture("mixed"));
    assertThat(stats.code()).isEqualTo(2);
    assertThat(stats.err()).isEqualTo("meshward check: --stats stats.txt: no such readable file\n");
    assertThat(stats.out()).isEmpty();
    Cli.Result fixStdin = check("--fix", "-");
    assertThat(fixStdin.code()).isEqualTo(2);
    assertThat(fixStdin.out()).isEmpty();
  }

  @Test
  void anObjectTheWebhookCannotDecodeIsDeniedAtTheDocument() throws Exception {
    String yaml =
        "# header\napiVersion: kuma.io/v1alpha1\nkind: MeshTimeout\nmetadata:\n  name: x\nspec: [1]\n";
    Cli.Result r = checkWithStdin(yaml, "-o", "json", "-");
    assertThat(r.code()).isEqualTo(1);
    JsonNode v = Json.MAPPER.readTree(r.out()).path("results").path(0).path("violations").path(0);
    assertThat(v.path("field").asText()).isEmpty();
    assertThat(v.path("rule").asText()).isEqualTo("decode");
    assertThat(v.path("message").asText()).contains("spec is not an object");
    assertThat(v.path("line").asInt()).isEqualTo(2);
  }

  @Test
  void manyFilesAreReportedInInputOrderWhateverTheCores(@TempDir Path dir) throws Exception {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String name = String.format("p%02d.yaml", i);
      Files.writeString(
          dir.resolve(name),
          i == 17
              ? "kind: [unclosed\n"
              : "apiVersion: kuma.io/v1alpha1\nkind: MeshTimeout\nmetadata:\n  name: t"
                  + i
                  + "\n  namespace: kuma-system\nspec:\n  targetRef:\n    kind: Mesh\n");
      if (i != 17) {
        expected.add("t" + i);
      }
    }
    Cli.Result r = check("-o", "json", "no/such/first", dir.toString(), "no/such/last");
    assertThat(r.code()).isEqualTo(2);
    JsonNode results = Json.MAPPER.readTree(r.out()).path("results");
    assertThat(results.findValuesAsText("name")).containsExactlyElementsOf(expected);
    assertThat(r.err().lines().toList())
        .hasSize(3)
        .satisfies(l -> assertThat(l.get(0)).contains("no/such/first"))
        .satisfies(l -> assertThat(l.get(1)).contains("p17.yaml:"))
        .satisfies(l -> assertThat(l.get(2)).contains("no/such/last"));
  }

  @Test
  void colourOnlyWhenAsked() {
    assertThat(check(fixture("mixed")).out()).doesNotContain("\u001b[");
    assertThat(check("--color", "always", fixture("mixed")).out()).contains("\u001b[31mdenied");
  }
}
