package io.meshward.cli.report;

/**
 * {@code GithubReport} writes GitHub Actions workflow commands: {@code ::error
 * file=…,line=…,col=…,title=…::message} for every violation and input error, {@code ::warning} for
 * every warning (at the document's line), then the summary line. Documents read from standard input
 * carry no file.
 */
final class GithubReport implements ReportWriter {

  @Override
  public String render(CheckReport report) {
    StringBuilder out = new StringBuilder();
    for (DocumentResult r : report.results()) {
      String title = "meshward: " + r.ref() + " (" + r.operation() + ")";
      for (Finding f : r.violations()) {
        command(
            out,
            "error",
            r.file(),
            f.line(),
            f.column(),
            title,
            f.describe() + " [" + f.rule() + "]");
      }
      for (String w : r.warnings()) {
        command(out, "warning", r.file(), r.line(), 1, title, w);
      }
    }
    for (InputError e : report.errors()) {
      Position p = e.position();
      command(out, "error", e.file(), p.line(), p.column(), "meshward: input error", e.message());
    }
    return out.append(ReportWriter.summaryLine(report)).append('\n').toString();
  }

  private static void command(
      StringBuilder out, String level, String file, int line, int col, String title, String msg) {
    out.append("::").append(level).append(' ');
    if (!file.startsWith("<")) {
      out.append("file=").append(property(file)).append(',');
    }
    out.append("line=").append(line).append(",col=").append(col);
    out.append(",title=").append(property(title)).append("::").append(data(msg)).append('\n');
  }

  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
