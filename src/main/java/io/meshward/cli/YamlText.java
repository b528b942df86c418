package io.meshward.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.meshward.core.Json;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code YamlText} writes small JSON values as YAML (or JSON) source text for {@code --fix}: a
 * replacement scalar in the quoting style of the one it replaces, and new members in block or flow
 * style.
 */
final class YamlText {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9._/-]*");
  private static final Set<String> RESERVED =
      Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

  private YamlText() {}

  /** {@code value} written in the style of {@code original} (double, single quotes or plain). */
  static String scalarLike(String original, String value, boolean json) {
    if (json || original.startsWith("\"")) {
      return quoted(value);
    }
    if (original.startsWith("'")) {
      return "'" + value.replace("'", "''") + "'";
    }
    return scalar(TextNode.valueOf(value), false);
  }

  /** A scalar: plain when YAML reads it back as the same string, double-quoted otherwise. */
  static String scalar(JsonNode value, boolean json) {
    if (!value.isTextual()) {
      return value.toString();
    }
    String text = value.asText();
    boolean plain =
        !json && PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT));
    return plain ? text : quoted(text);
  }

  /** A mapping member {@code key: value} on one line, the value in flow style. */
  static String flowMember(String key, JsonNode value, boolean json) {
    return scalar(TextNode.valueOf(key), json) + ": " + flow(value, json);
  }

  /**
   * A mapping member in block style: {@code indent} spaces before the key, nested mappings {@code
   * step} spaces deeper, each line ended by {@code newline}.
   */
  static String blockMember(String key, JsonNode value, int indent, int step, String newline) {
    String pad = " ".repeat(indent);
    String head = pad + scalar(TextNode.valueOf(key), false) + ":";
    if (!value.isObject() || value.isEmpty()) {
      return head + " " + flow(value, false) + newline;
    }
    StringBuilder out = new StringBuilder(head).append(newline);
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.append(blockMember(e.getKey(), e.getValue(), indent + step, step, newline));
    }
    return out.toString();
  }

  private static String flow(JsonNode value, boolean json) {
    if (value.isObject()) {
      StringBuilder out = new StringBuilder("{");
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.append(flowMember(e.getKey(), e.getValue(), json)).append(it.hasNext() ? ", " : "");
      }
      return out.append("}").toString();
    }
    if (value.isArray()) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < value.size(); i++) {
        out.append(i > 0 ? ", " : "").append(flow(value.get(i), json));
      }
      return out.append("]").toString();
    }
    return scalar(value, json);
  }

  private static String quoted(String text) {
    try {
      return Json.MAPPER.writeValueAsString(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
