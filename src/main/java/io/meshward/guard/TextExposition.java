package io.meshward.guard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code TextExposition} parses the Prometheus text exposition format (version 0.0.4), as Envoy's
 * {@code /stats/prometheus} writes it. Comments ({@code # HELP}, {@code # TYPE}) and blank lines
 * are skipped, so snapshots of several proxies may simply be concatenated.
 */
public final class TextExposition {

  private TextExposition() {}

  /** Every sample of {@code text}; throws {@link IllegalArgumentException} naming the bad line. */
  public static List<ExpositionSample> parse(String text) {
    List<ExpositionSample> samples = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        samples.add(sample(line));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + " is not a Prometheus sample: " + e.getMessage(), e);
      }
    }
    return samples;
  }

  private static ExpositionSample sample(String line) {
    int pos = 0;
    while (pos < line.length()
        && line.charAt(pos) != '{'
        && !Character.isWhitespace(line.charAt(pos))) {
      pos++;
    }
    String name = line.substring(0, pos);
    if (!name.matches("[a-zA-Z_:][a-zA-Z0-9_:]*")) {
      throw new IllegalArgumentException("bad metric name \"" + name + "\"");
    }
    Map<String, String> labels = new LinkedHashMap<>();
    if (pos < line.length() && line.charAt(pos) == '{') {
      pos = labels(line, pos + 1, labels);
    }
    String[] rest = line.substring(pos).strip().split("\\s+");
    if (rest.length < 1 || rest.length > 2 || rest[0].isEmpty()) {
      throw new IllegalArgumentException("expected a value and an optional timestamp");
    }
    return new ExpositionSample(name, labels, value(rest[0]));
  }

  /** Reads labels from after the opening brace; returns the position after the closing brace. */
  private static int labels(String line, int pos, Map<String, String> labels) {
    while (true) {
      while (pos < line.length() && (line.charAt(pos) == ',' || line.charAt(pos) == ' ')) {
        pos++;
      }
      if (pos >= line.length()) {
        throw new IllegalArgumentException("unterminated label set");
      }
      if (line.charAt(pos) == '}') {
        return pos + 1;
      }
      int eq = line.indexOf('=', pos);
      if (eq < 0 || eq + 1 >= line.length() || line.charAt(eq + 1) != '"') {
        throw new IllegalArgumentException("expected label=\"value\"");
      }
      String label = line.substring(pos, eq).strip();
      StringBuilder value = new StringBuilder();
      int i = eq + 2;
      for (; i < line.length() && line.charAt(i) != '"'; i++) {
        char c = line.charAt(i);
        if (c == '\\' && i + 1 < line.length()) {
          char next = line.charAt(++i);
          value.append(next == 'n' ? '\n' : next);
        } else {
          value.append(c);
        }
      }
      if (i >= line.length()) {
        throw new IllegalArgumentException("unterminated label value");
      }
      labels.put(label, value.toString());
      pos = i + 1;
    }
  }

  private static double value(String token) {
    return switch (token) {
      case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> Double.parseDouble(token);
    };
  }
}
