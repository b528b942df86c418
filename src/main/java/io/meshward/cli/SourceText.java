package io.meshward.cli;

import io.meshward.cli.report.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code SourceText} is the text of one input file with the way from a {@link Position} to an
 * offset. YAML columns count code points, JSON columns count UTF-16 units.
 */
final class SourceText {

  private final String text;
  private final boolean json;
  private final List<Integer> lineStarts = new ArrayList<>();

  SourceText(String text, boolean json) {
    this.text = text;
    this.json = json;
    lineStarts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts.add(i + 1);
      }
    }
  }

  String text() {
    return text;
  }

  boolean json() {
    return json;
  }

  /** The offset of {@code at} in the text. */
  int offset(Position at) {
    int line = Math.min(Math.max(at.line(), 1), lineStarts.size());
    int start = lineStarts.get(line - 1);
    int col = Math.max(at.column(), 1) - 1;
    if (json) {
      return Math.min(text.length(), start + col);
    }
    int end = lineEnd(start);
    int cps = text.codePointCount(start, end);
    return col > cps ? end + (col - cps) : text.offsetByCodePoints(start, col);
  }

  /** The offset just after the line break ending the line that holds {@code offset}. */
  int nextLine(int offset) {
    int nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length() : nl + 1;
  }

  /** The offset of the end of the line (before its line break) holding {@code offset}. */
  int lineEnd(int offset) {
    int nl = text.indexOf('\n', offset);
    int end = nl < 0 ? text.length() : nl;
    return end > 0 && end > offset && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  /** The line break the text uses ({@code \r\n} when its first line ends so). */
  String newline() {
    int nl = text.indexOf('\n');
    return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
  }

  /** The column (from 0) of {@code offset} in its line, in characters. */
  int indentOf(int offset) {
    int start = text.lastIndexOf('\n', offset - 1) + 1;
    return offset - start;
  }
}
