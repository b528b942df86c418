package io.meshward.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code JunitReport} writes JUnit XML for GitLab and Jenkins: one {@code testsuite} per file, one
 * {@code testcase} per document (a {@code failure} when denied, warnings in {@code system-out}),
 * and one {@code testcase} with an {@code error} per input error.
 */
final class JunitReport implements ReportWriter {

  @Override
  public String render(CheckReport report) {
    Map<String, List<String>> cases = new LinkedHashMap<>();
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (DocumentResult r : report.results()) {
      StringBuilder c = new StringBuilder();
      c.append("    <testcase classname=\"").append(Xml.escape(r.file()));
      c.append("\" name=\"").append(Xml.escape(r.ref() + " (" + r.operation() + ")"));
      c.append("\" file=\"").append(Xml.escape(r.file())).append("\" line=\"").append(r.line());
      c.append("\">\n");
      if (!r.allowed()) {
        StringBuilder body = new StringBuilder();
        for (Finding f : r.violations()) {
          body.append(r.file()).append(':').append(f.line()).append(':').append(f.column());
          body.append(": ").append(f.describe()).append(" [").append(f.rule()).append("]\n");
        }
        c.append("      <failure type=\"denied\" message=\"");
        c.append(Xml.escape(ReportWriter.plural(r.violations().size(), "violation")));
        c.append("\">").append(Xml.escape(body.toString())).append("</failure>\n");
      }
      if (!r.warnings().isEmpty()) {
        c.append("      <system-out>");
        r.warnings().forEach(w -> c.append(Xml.escape("warning: " + w)).append('\n'));
        c.append("</system-out>\n");
      }
      c.append("    </testcase>\n");
      cases.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(c.toString());
      counts.computeIfAbsent(r.file(), f -> new int[3])[1] += r.allowed() ? 0 : 1;
      counts.get(r.file())[0]++;
    }
    for (InputError e : report.errors()) {
      String c =
          "    <testcase classname=\""
              + Xml.escape(e.file())
              + "\" name=\"parse\">\n"
              + "      <error type=\"input\" message=\""
              + Xml.escape(e.message())
              + "\">"
              + Xml.escape(e.describe())
              + "</error>\n"
              + "    </testcase>\n";
      cases.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(c);
      int[] n = counts.computeIfAbsent(e.file(), f -> new int[3]);
      n[0]++;
      n[2]++;
    }
    Summary s = report.summary();
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append(
        String.format(
            "<testsuites name=\"meshward check\" tests=\"%d\" failures=\"%d\" errors=\"%d\">%n",
            s.documents() + s.errors(), s.denied(), s.errors()));
    cases.forEach(
        (file, list) -> {
          int[] n = counts.get(file);
          out.append(
              String.format(
                  "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\">%n",
                  Xml.escape(file), n[0], n[1], n[2]));
          list.forEach(out::append);
          out.append("  </testsuite>\n");
        });
    return out.append("</testsuites>\n").toString();
  }
}
