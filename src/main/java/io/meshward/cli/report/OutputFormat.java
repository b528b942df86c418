package io.meshward.cli.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code OutputFormat} lists the formats {@code meshward check --output} writes. */
public enum OutputFormat {
  /** Human-readable, grouped by file. */
  TEXT,
  /** The JSON contract of {@code docs/cli.md}. */
  JSON,
  /** SARIF 2.1.0, for code scanning. */
  SARIF,
  /** JUnit XML, one test case per document. */
  JUNIT,
  /** GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…::}). */
  GITHUB,
  /** Markdown, for a pull-request comment or a job summary. */
  MARKDOWN;

  /** The writer of this format; {@code colour} only affects {@link #TEXT}. */
  public ReportWriter writer(boolean colour) {
    return switch (this) {
      case TEXT -> new TextReport(colour);
      case JSON -> new JsonReport();
      case SARIF -> new SarifReport();
      case JUNIT -> new JunitReport();
      case GITHUB -> new GithubReport();
      case MARKDOWN -> new MarkdownReport();
    };
  }

  /** The format named {@code name} (any case). */
  public static OutputFormat parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown output format \"" + name + "\" (expected one of " + names() + ")");
    }
  }

  /** The format names, comma-separated. */
  public static String names() {
    return Arrays.stream(values())
        .map(f -> f.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
