package io.meshward.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code JsonWeight} tells whether a JSON tree is small enough to keep in a memo: it counts the
 * characters of its strings and field names plus a few per node, and stops counting as soon as the
 * budget is exceeded, so a huge tree costs no more to judge than a small one.
 */
public final class JsonWeight {

  /** What each node counts besides its text (a rough share of its own memory). */
  static final int PER_NODE = 16;

  private JsonWeight() {}

  /** Whether {@code node} weighs at most {@code budget}. */
  public static boolean atMost(JsonNode node, long budget) {
    long weight = 0;
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(node);
    while (!pending.isEmpty()) {
      JsonNode n = pending.pop();
      weight += PER_NODE + (n.isTextual() ? n.textValue().length() : 0);
      if (n.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> fields = n.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          weight += field.getKey().length();
          pending.push(field.getValue());
        }
      } else if (n.isArray()) {
        n.forEach(pending::push);
      }
      if (weight > budget) {
        return false;
      }
    }
    return true;
  }
}
