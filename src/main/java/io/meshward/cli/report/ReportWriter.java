package io.meshward.cli.report;

/** {@code ReportWriter} renders a {@link CheckReport} in one output format. */
@FunctionalInterface
public interface ReportWriter {

  /** The whole output, ending with a newline. */
  String render(CheckReport report);

  /** The one-line summary every human-readable format ends with. */
  static String summaryLine(CheckReport report) {
    Summary s = report.summary();
    if (report.empty()) {
      return "No Kuma documents found: nothing to check.";
    }
    return String.format(
        "%s checked: %d denied, %s, %d mutated; %d skipped (not Kuma), %s.",
        plural(s.documents(), "Kuma document"),
        s.denied(),
        plural(s.warnings(), "warning"),
        s.mutated(),
        s.skipped(),
        plural(s.errors(), "input error"));
  }

  /** {@code 1 thing}, {@code 2 things}. */
  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
