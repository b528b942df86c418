package io.meshward.acceptance;

import static io.meshward.acceptance.Fixtures.CLI_GOLDEN;
import static io.meshward.acceptance.Fixtures.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.meshward.testing.Golden;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs of the packaged {@code meshward check}: standard input, a previous revision, and a run
 * with no network at all.
 */
class CheckInputsIT {

  @Test
  void standardInputIsReadForADash() {
    String yaml = Meshward.read(Path.of(cli("mixed/policies.yaml")));
    Meshward.Run run = new Meshward().stdin(yaml).check("-o", "json", "-");
    assertThat(run.code()).as(run.both()).isEqualTo(1);
    Golden.assertMatches(CLI_GOLDEN.resolve("stdin-json.json"), run.out());
    assertThat(run.out()).contains("\"file\": \"<stdin>\"");
  }

  @Test
  void baseRevisionGivesUpdatesAndDeletes() {
    Meshward.Run run =
        new Meshward().check("--base", cli("base-update/base"), cli("base-update/head"));
    assertThat(run.code()).as(run.both()).isEqualTo(1);
    Golden.assertMatches(CLI_GOLDEN.resolve("base-update-text.txt"), run.out());
    assertThat(run.out())
        .contains("denied Mesh/default (UPDATE")
        .contains("Changing CA when mTLS is enabled is forbidden")
        .contains("allowed MeshRetry/kuma-system/retired (DELETE");
  }

  /**
   * In a network namespace of its own (only a loopback interface, which is down) the check gives
   * the same answer: it needs no network. Skipped where unprivileged namespaces are not allowed.
   */
  @Test
  void worksWithNoNetwork() {
    assumeTrue(unshareWorks(), "unshare -rn (a user and network namespace) is not available");
    Meshward.Run run = new Meshward().wrappedIn("unshare", "-rn").check(cli("mixed"));
    assertThat(run.code()).as(run.both()).isEqualTo(1);
    Golden.assertMatches(CLI_GOLDEN.resolve("mixed-text.txt"), run.out());
  }

  private static boolean unshareWorks() {
    try {
      return new Meshward().exec(List.of("unshare", "-rn", "true")).code() == 0;
    } catch (UncheckedIOException e) {
      return false;
    }
  }
}
