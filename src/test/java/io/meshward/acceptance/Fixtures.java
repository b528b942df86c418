package io.meshward.acceptance;

import java.nio.file.Path;

/**
 * {@code Fixtures} names the inputs and goldens of the acceptance tests. The inputs are the CLI's
 * test fixtures, given as relative paths from the project directory so that outputs name them as a
 * user running from a repository root would see them; an output the in-process tests also pin is
 * compared with the same golden file, so the packaged command and the code agree byte for byte.
 */
final class Fixtures {

  /** The CLI's fixture root, relative to the project directory. */
  static final String CLI = "src/test/resources/cli";

  /** Goldens shared with the in-process CLI tests. */
  static final Path CLI_GOLDEN = Path.of(CLI, "golden");

  /** Goldens only the acceptance tests produce. */
  static final Path GOLDEN = Path.of("src/test/resources/acceptance/golden");

  private Fixtures() {}

  /** The relative path of CLI fixture {@code name}. */
  static String cli(String name) {
    return CLI + "/" + name;
  }
}
