package io.meshward.cli.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code TextReport} is the default, human-readable format: results grouped by file, each object
 * with its verdict and every violation at {@code line:column}, input errors, then a summary line.
 * ANSI colour only when asked (the command asks on a terminal without {@code NO_COLOR}).
 */
final class TextReport implements ReportWriter {

  private final boolean colour;

  TextReport(boolean colour) {
    this.colour = colour;
  }

  @Override
  public String render(CheckReport report) {
    StringBuilder out = new StringBuilder();
    Map<String, List<DocumentResult>> byFile = new LinkedHashMap<>();
    for (DocumentResult r : report.results()) {
      byFile.computeIfAbsent(r.file(), f -> new java.util.ArrayList<>()).add(r);
    }
    byFile.forEach(
        (file, results) -> {
          out.append(paint("1", file)).append('\n');
          results.forEach(r -> document(out, r));
        });
    if (!report.errors().isEmpty()) {
      out.append(paint("1", "input errors")).append('\n');
      for (InputError e : report.errors()) {
        out.append("  ").append(paint("31", e.describe())).append('\n');
      }
    }
    if (report.xds() != null) {
      out.append(XdsText.text(report.xds()));
    }
    if (out.length() > 0) {
      out.append('\n');
    }
    return out.append(ReportWriter.summaryLine(report)).append('\n').toString();
  }

  private void document(StringBuilder out, DocumentResult r) {
    String verdict = r.allowed() ? paint("32", "allowed") : paint("31", "denied");
    out.append(
        String.format(
            "  %d:1 %s %s (%s, document %d)%n",
            r.line(), verdict, r.ref(), r.operation(), r.document()));
    for (Finding f : r.violations()) {
      out.append(
          String.format("    %d:%d %s [%s]%n", f.line(), f.column(), f.describe(), f.rule()));
    }
    for (String w : r.warnings()) {
      out.append("    ").append(paint("33", "warning: ")).append(w).append('\n');
    }
    if (r.mutated()) {
      out.append("    mutated: ").append(r.patch()).append('\n');
    }
  }

  private String paint(String code, String text) {
    return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
