package io.meshward.cli;

import java.util.Comparator;
import java.util.List;

/**
 * {@code TextEdit} replaces {@code [start, end)} of a source text by {@code text} (an insertion
 * when both offsets are equal).
 *
 * @param start first offset replaced
 * @param end offset after the last one replaced
 * @param text the new text
 */
record TextEdit(int start, int end, String text) {

  /** {@code source} with every edit applied, last offset first so offsets stay valid. */
  static String apply(String source, List<TextEdit> edits) {
    StringBuilder out = new StringBuilder(source);
    edits.stream()
        .sorted(Comparator.comparingInt(TextEdit::start).reversed())
        .forEach(e -> out.replace(e.start(), e.end(), e.text()));
    return out.toString();
  }
}
