package io.meshward.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code Cli} runs {@code meshward check} in-process with captured streams. */
final class Cli {

  /** The fixture root. */
  static final String FIXTURES = "src/test/resources/cli";

  /** Where golden outputs live. */
  static final Path GOLDEN = Path.of(FIXTURES, "golden");

  private Cli() {}

  /**
   * What one run gave.
   *
   * @param code the exit code
   * @param out standard output
   * @param err standard error
   */
  record Result(int code, String out, String err) {}

  /** Runs {@code meshward check args} with an empty standard input. */
  static Result check(String... args) {
    return checkWithStdin("", args);
  }

  /** Runs {@code meshward check args} with {@code stdin} as standard input. */
  static Result checkWithStdin(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CheckCommand.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The path of fixture {@code name}. */
  static String fixture(String name) {
    return FIXTURES + "/" + name;
  }
}
