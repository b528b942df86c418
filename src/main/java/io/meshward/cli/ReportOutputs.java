package io.meshward.cli;

import io.meshward.cli.report.CheckReport;
import io.meshward.cli.report.InputError;
import io.meshward.cli.report.OutputFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ReportOutputs} writes a report to every {@code --output} target: standard output or a file
 * (creating its directories). Input errors also go to standard error unless a {@code text} report
 * on standard output already lists them.
 *
 * @param targets where each format goes
 * @param colour whether a text report on standard output may use ANSI colour
 * @param out standard output
 * @param err standard error
 */
record ReportOutputs(List<OutputTarget> targets, boolean colour, PrintStream out, PrintStream err) {

  /** Writes {@code report} everywhere; {@code false} when a file could not be written. */
  boolean write(CheckReport report) {
    boolean textOnStdout =
        targets.stream().anyMatch(t -> t.file() == null && t.format() == OutputFormat.TEXT);
    if (!textOnStdout) {
      for (InputError e : report.errors()) {
        err.println("meshward check: " + e.describe());
      }
    }
    boolean ok = true;
    for (OutputTarget t : targets) {
      String rendered = t.format().writer(colour && t.file() == null).render(report);
      if (t.file() == null) {
        out.print(rendered);
        out.flush();
      } else {
        ok &= writeFile(t.file(), rendered);
      }
    }
    return ok;
  }

  private boolean writeFile(Path file, String content) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, content);
      return true;
    } catch (IOException e) {
      err.println("meshward check: cannot write " + file + ": " + e.getMessage());
      return false;
    }
  }
}
