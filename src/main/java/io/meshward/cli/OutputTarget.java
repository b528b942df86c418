package io.meshward.cli;

import io.meshward.cli.report.OutputFormat;
import java.nio.file.Path;

/**
 * {@code OutputTarget} is one {@code --output FORMAT[=FILE]}: a format and where it goes.
 *
 * @param format the format
 * @param file the file to write; {@code null} for standard output
 */
record OutputTarget(OutputFormat format, Path file) {

  /** Parses {@code FORMAT} or {@code FORMAT=FILE}. */
  static OutputTarget parse(String value) {
    int eq = value.indexOf('=');
    if (eq < 0) {
      return new OutputTarget(OutputFormat.parse(value), null);
    }
    String file = value.substring(eq + 1);
    if (file.isEmpty()) {
      throw new IllegalArgumentException("--output " + value + ": the file name is empty");
    }
    return new OutputTarget(OutputFormat.parse(value.substring(0, eq)), Path.of(file));
  }
}
