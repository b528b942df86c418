package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code KumaJsonPatch} applies RFC 6902 operations (add, remove, replace, move, copy) to a
 * protojson tree with the leniencies Kuma enables in its JSON-patch library: negative array indices
 * count from the end, removing a missing path is not an error, and {@code add} creates missing
 * parents: objects, or arrays when the next token is an index (padded with nulls up to it). The
 * pointer {@code /} names the member {@code ""} of the document, not the document (RFC 6901).
 */
public final class KumaJsonPatch {

  private static final Pattern INDEX = Pattern.compile("-?\\d+");
  private static final Pattern PADDABLE_INDEX = Pattern.compile("\\d{1,9}");

  private KumaJsonPatch() {}

  /** {@code doc} (not modified) with {@code ops} applied in order. */
  public static JsonNode apply(JsonNode doc, JsonNode ops) throws XdsException {
    JsonNode root = JsonNodeFactory.instance.objectNode().set("", doc.deepCopy());
    for (JsonNode op : ops) {
      String kind = op.path("op").asText("");
      List<String> path = tokens(op.path("path").asText(""));
      switch (kind) {
        case "add" -> add(root, path, op.path("value").deepCopy(), true);
        case "remove" -> remove(root, path, true);
        case "replace" -> {
          get(root, path);
          remove(root, path, false);
          add(root, path, op.path("value").deepCopy(), false);
        }
        case "move" -> {
          List<String> from = tokens(op.path("from").asText(""));
          JsonNode value = get(root, from);
          remove(root, from, false);
          add(root, path, value, false);
        }
        case "copy" ->
            add(root, path, get(root, tokens(op.path("from").asText(""))).deepCopy(), false);
        default -> throw new XdsException("unexpected kind of operation: " + kind);
      }
    }
    return root.get("");
  }

  private static List<String> tokens(String pointer) throws XdsException {
    List<String> out = new ArrayList<>();
    out.add("");
    if (pointer.isEmpty()) {
      return out;
    }
    if (!pointer.startsWith("/")) {
      throw new XdsException("invalid JSON pointer \"" + pointer + "\"");
    }
    for (String t : pointer.substring(1).split("/", -1)) {
      out.add(t.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  private static JsonNode get(JsonNode root, List<String> path) throws XdsException {
    JsonNode node = root;
    for (String t : path) {
      node = child(node, t);
      if (node == null) {
        throw new XdsException("unable to find path " + pointer(path));
      }
    }
    return node;
  }

  private static JsonNode child(JsonNode node, String token) {
    if (node.isObject()) {
      return node.get(token);
    }
    if (node.isArray()) {
      Integer i = index(token, node.size(), false);
      return i == null ? null : node.get(i);
    }
    return null;
  }

  private static Integer index(String token, int size, boolean forAdd) {
    int limit = forAdd ? size + 1 : size;
    if (forAdd && token.equals("-")) {
      return size;
    }
    try {
      int i = Integer.parseInt(token);
      if (i < 0) {
        i += limit;
      }
      return i >= 0 && i < limit ? i : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void add(JsonNode root, List<String> path, JsonNode value, boolean ensure)
      throws XdsException {
    JsonNode parent = root;
    for (int i = 0; i < path.size() - 1; i++) {
      JsonNode next = child(parent, path.get(i));
      if (next == null && ensure) {
        next = ensureChild(parent, path.get(i), path.get(i + 1));
      }
      if (next == null) {
        throw new XdsException("unable to find path " + pointer(path));
      }
      parent = next;
    }
    String last = path.get(path.size() - 1);
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last, value);
    } else if (parent.isArray()) {
      Integer i = index(last, parent.size(), true);
      if (i == null) {
        throw new XdsException("index out of bounds at " + pointer(path));
      }
      ((ArrayNode) parent).insert(i, value);
    } else {
      throw new XdsException("unable to find path " + pointer(path));
    }
  }

  /**
   * Creates the missing container {@code token} of {@code parent} (an array when {@code after} is
   * an index or {@code -}, else an object), as the JSON-patch library's {@code ensurePathExists}
   * does: in an array, a missing index is reached by padding with nulls. Null when it cannot.
   */
  private static JsonNode ensureChild(JsonNode parent, String token, String after) {
    JsonNode created =
        after.equals("-") || INDEX.matcher(after).matches()
            ? JsonNodeFactory.instance.arrayNode()
            : JsonNodeFactory.instance.objectNode();
    if (parent.isObject()) {
      ((ObjectNode) parent).set(token, created);
      return created;
    }
    if (!parent.isArray()) {
      return null;
    }
    ArrayNode array = (ArrayNode) parent;
    if (token.equals("-")) {
      array.add(created);
      return created;
    }
    if (!PADDABLE_INDEX.matcher(token).matches()) {
      return null;
    }
    int index = Integer.parseInt(token);
    while (array.size() < index) {
      array.addNull();
    }
    array.insert(index, created);
    return created;
  }

  private static void remove(JsonNode root, List<String> path, boolean lenient)
      throws XdsException {
    JsonNode parent = root;
    for (int i = 0; i < path.size() - 1 && parent != null; i++) {
      parent = child(parent, path.get(i));
    }
    String last = path.get(path.size() - 1);
    if (parent != null && parent.isArray() && !INDEX.matcher(last).matches()) {
      // Only a missing path is forgiven; an array position that is not a number is an error.
      throw new XdsException("invalid array index \"" + last + "\" at " + pointer(path));
    }
    boolean present = parent != null && child(parent, last) != null;
    if (!present) {
      if (lenient) {
        return;
      }
      throw new XdsException("unable to find path " + pointer(path));
    }
    if (parent.isObject()) {
      ((ObjectNode) parent).remove(last);
    } else {
      ((ArrayNode) parent).remove(index(last, parent.size(), false));
    }
  }

  private static String pointer(List<String> path) {
    return String.join("/", path);
  }
}
