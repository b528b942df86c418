package io.meshward.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.cli.report.Position;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code PatchEdits} turns the RFC 6902 operations of one document's normalization (pointers into
 * the document as written) into text edits that change only the patched nodes: a replaced scalar
 * keeps its quoting style; an added member goes on a new line before the first member of its
 * mapping, at its indentation (or right after the <code>{</code> of a flow mapping).
 */
final class PatchEdits {

  private final SourceText text;
  private final SourceDocument doc;

  PatchEdits(SourceText text, SourceDocument doc) {
    this.text = text;
    this.doc = doc;
  }

  /**
   * The edits of {@code ops}.
   *
   * @throws IllegalArgumentException saying why an operation cannot be written as a text edit
   */
  List<TextEdit> edits(List<JsonNode> ops) {
    List<TextEdit> edits = new ArrayList<>();
    for (JsonNode op : ops) {
      String pointer = op.path("path").asText();
      JsonNode value = op.path("value");
      switch (op.path("op").asText()) {
        case "replace" -> edits.add(replace(pointer, value));
        case "add" -> edits.add(add(pointer, value));
        default ->
            throw new IllegalArgumentException("cannot " + op.path("op").asText() + " " + pointer);
      }
    }
    return edits;
  }

  private TextEdit replace(String pointer, JsonNode value) {
    Position from = doc.positions().valueStart(pointer);
    Position to = doc.positions().valueEnd(pointer);
    if (from == null || to == null || !value.isValueNode()) {
      throw new IllegalArgumentException("cannot replace " + pointer);
    }
    int start = text.offset(from);
    int end = text.offset(to);
    String original = text.text().substring(start, end);
    if (original.isEmpty() || "|>&*!".indexOf(original.charAt(0)) >= 0 || original.contains("\n")) {
      throw new IllegalArgumentException("cannot rewrite " + pointer + " written as " + original);
    }
    String written =
        value.isTextual()
            ? YamlText.scalarLike(original, value.asText(), text.json())
            : value.toString();
    return new TextEdit(start, end, written);
  }

  private TextEdit add(String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    String parent = pointer.substring(0, slash);
    String key = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    JsonNode parentNode = doc.tree().at(parent);
    Position at = doc.positions().valueStart(parent);
    if (!parentNode.isObject() || at == null) {
      throw new IllegalArgumentException("cannot add " + pointer + ": no mapping at " + parent);
    }
    int start = text.offset(at);
    String source = text.text();
    if (start < source.length() && source.charAt(start) == '{') {
      return addToFlow(start, parent, parentNode, key, value);
    }
    if (parentNode.isEmpty()) {
      throw new IllegalArgumentException("cannot add " + pointer + " to an empty mapping");
    }
    int first = text.offset(doc.positions().locate(parent + "/" + firstKey(parentNode)));
    int lineStart = source.lastIndexOf('\n', first - 1) + 1;
    if (!source.substring(lineStart, first).isBlank()) {
      throw new IllegalArgumentException("cannot add " + pointer + " beside " + parent);
    }
    int indent = first - lineStart;
    int parentIndent =
        parent.isEmpty() ? 0 : text.indentOf(text.offset(doc.positions().locate(parent)));
    int step = indent > parentIndent ? indent - parentIndent : 2;
    return new TextEdit(
        lineStart, lineStart, YamlText.blockMember(key, value, indent, step, text.newline()));
  }

  private TextEdit addToFlow(
      int brace, String parent, JsonNode parentNode, String key, JsonNode value) {
    String member = YamlText.flowMember(key, value, text.json());
    String source = text.text();
    int after = brace + 1;
    if (parentNode.isEmpty()) {
      return new TextEdit(after, after, member);
    }
    if (source.substring(after, text.lineEnd(after)).isBlank()) {
      int first = text.offset(doc.positions().locate(parent + "/" + firstKey(parentNode)));
      int lineStart = source.lastIndexOf('\n', first - 1) + 1;
      if (source.substring(lineStart, first).isBlank()) {
        String line = " ".repeat(first - lineStart) + member + "," + text.newline();
        return new TextEdit(lineStart, lineStart, line);
      }
    }
    return new TextEdit(after, after, member + ", ");
  }

  private static String firstKey(JsonNode object) {
    Iterator<String> names = object.fieldNames();
    return names.next().replace("~", "~0").replace("/", "~1");
  }
}
