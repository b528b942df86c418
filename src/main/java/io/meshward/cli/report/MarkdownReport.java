package io.meshward.cli.report;

/**
 * {@code MarkdownReport} writes a pull-request comment or job summary: the summary, a table of
 * every document, then each denial with its violations at {@code file:line:column}, warnings and
 * input errors.
 */
final class MarkdownReport implements ReportWriter {

  @Override
  public String render(CheckReport report) {
    StringBuilder out = new StringBuilder("## meshward check\n\n");
    out.append(ReportWriter.summaryLine(report)).append("\n");
    if (!report.results().isEmpty()) {
      out.append("\n| | Object | Operation | Source | Result |\n|---|---|---|---|---|\n");
      for (DocumentResult r : report.results()) {
        out.append(
            String.format(
                "| %s | `%s` | %s | `%s:%d` | %s |%n",
                r.allowed() ? ":white_check_mark:" : ":x:",
                cell(r.ref()),
                r.operation(),
                cell(r.file()),
                r.line(),
                r.allowed()
                    ? (r.warnings().isEmpty()
                        ? "allowed"
                        : "allowed, " + ReportWriter.plural(r.warnings().size(), "warning"))
                    : "denied, " + ReportWriter.plural(r.violations().size(), "violation")));
      }
    }
    boolean heading = false;
    for (DocumentResult r : report.results()) {
      if (r.allowed()) {
        continue;
      }
      if (!heading) {
        out.append("\n### Denied\n");
        heading = true;
      }
      out.append(String.format("%n**`%s`** (%s, `%s`)%n%n", r.ref(), r.operation(), r.file()));
      for (Finding f : r.violations()) {
        out.append(
            String.format(
                "- `%s:%d:%d` %s%s (%s)%n",
                r.file(),
                f.line(),
                f.column(),
                f.field().isEmpty() ? "" : "`" + f.field() + "`: ",
                text(f.message()),
                f.rule()));
      }
    }
    if (report.summary().warnings() > 0) {
      out.append("\n### Warnings\n\n");
      for (DocumentResult r : report.results()) {
        r.warnings()
            .forEach(
                w ->
                    out.append(
                        String.format(
                            "- `%s` (`%s:%d`): %s%n", r.ref(), r.file(), r.line(), text(w))));
      }
    }
    if (report.xds() != null && !report.xds().isEmpty()) {
      out.append(XdsText.markdown(report.xds()));
    }
    if (!report.errors().isEmpty()) {
      out.append("\n### Input errors\n\n");
      report.errors().forEach(e -> out.append("- `").append(e.describe()).append("`\n"));
    }
    return out.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }

  private static String text(String s) {
    return s.replace("\n", " ").replace("|", "\\|");
  }
}
