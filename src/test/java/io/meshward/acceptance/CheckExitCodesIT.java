package io.meshward.acceptance;

import static io.meshward.acceptance.Fixtures.GOLDEN;
import static io.meshward.acceptance.Fixtures.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Every exit code of the packaged {@code meshward check}: 0 nothing denied (and an empty input), 1
 * something denied or, with {@code --fail-on warning}, warned, 2 usage and input errors — never a
 * stack trace. (Exit code 1 for a denial is also pinned by {@link CheckFormatsIT}.)
 */
class CheckExitCodesIT {

  private static final String[] WARNED = {
    "--base", cli("traffic/base"), cli("traffic/head"),
  };

  @Test
  void warningsAloneExitZeroAndOneWithFailOnWarning() {
    Meshward.Run warned = new Meshward().check(WARNED);
    assertThat(warned.code()).as(warned.both()).isEqualTo(0);
    assertThat(warned.out())
        .contains("allowed Mesh/default (UPDATE")
        .contains("was not verified (no traffic source configured)")
        .contains("0 denied, 1 warning");
    String[] failOnWarning = new String[WARNED.length + 2];
    failOnWarning[0] = "--fail-on";
    failOnWarning[1] = "warning";
    System.arraycopy(WARNED, 0, failOnWarning, 2, WARNED.length);
    Meshward.Run failed = new Meshward().check(failOnWarning);
    assertThat(failed.code()).as(failed.both()).isEqualTo(1);
    assertThat(failed.out()).isEqualTo(warned.out());
  }

  @Test
  void anEmptyInputExitsZeroAndSaysSo() {
    Meshward.Run run = new Meshward().stdin("").check("-", cli("empty"));
    assertThat(run.code()).as(run.both()).isEqualTo(0);
    assertThat(run.out()).isEqualTo("No Kuma documents found: nothing to check.\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void usageErrorsExitTwoWithAOneLineReason() {
    Meshward.Run format = new Meshward().check("-o", "yaml", cli("mixed"));
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.out()).isEmpty();
    assertThat(format.err())
        .isEqualTo(
            "meshward check: unknown output format \"yaml\" (expected one of text, json, sarif,"
                + " junit, github, markdown)\n");
    Meshward.Run none = new Meshward().check();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err())
        .startsWith("Missing required parameter")
        .contains("Usage: meshward check");
  }

  @Test
  void malformedYamlAndAMissingFileExitTwoAndTheOtherInputsAreStillChecked() {
    Meshward.Run run = new Meshward().check(cli("malformed"), "no/such/file.yaml");
    assertThat(run.code()).as(run.both()).isEqualTo(2);
    Golden.assertMatches(GOLDEN.resolve("input-errors-text.txt"), run.out());
    assertThat(run.out())
        .contains("allowed MeshTimeout/kuma-system/ok")
        .contains(
            "src/test/resources/cli/malformed/broken.yaml:5:13: mapping values are not allowed")
        .contains("no/such/file.yaml:1:1: no such file or directory")
        .doesNotContain("Exception");
  }
}
