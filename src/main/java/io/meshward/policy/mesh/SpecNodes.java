package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code SpecNodes} reads a Mesh spec the way protojson decodes it: a field is found under its
 * lowerCamelCase name or its snake_case name, and {@code null} means unset. Readers never throw; a
 * value of the wrong type reads as "unreadable" ({@code null}) so rules can skip it.
 */
final class SpecNodes {

  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?");

  private SpecNodes() {}

  /** The field {@code camelName} (or its snake_case spelling) of {@code obj}; missing if none. */
  static JsonNode get(JsonNode obj, String camelName) {
    if (obj == null || !obj.isObject()) {
      return MissingNode.getInstance();
    }
    JsonNode value = obj.get(camelName);
    if (value == null) {
      value = obj.get(snake(camelName));
    }
    return value == null ? MissingNode.getInstance() : value;
  }

  /** Whether {@code node} holds a message, i.e. is present and not {@code null}. */
  static boolean isSet(JsonNode node) {
    return node != null && !node.isMissingNode() && !node.isNull();
  }

  /** The field as an object, or {@code null} when absent, {@code null} or not an object. */
  static JsonNode object(JsonNode obj, String camelName) {
    JsonNode value = get(obj, camelName);
    return value.isObject() ? value : null;
  }

  /** A string field: its value, {@code ""} when unset, {@code null} when not a string. */
  static String text(JsonNode obj, String camelName) {
    JsonNode value = get(obj, camelName);
    if (!isSet(value)) {
      return "";
    }
    return value.isTextual() ? value.asText() : null;
  }

  /**
   * A float or double field as protojson reads it: a JSON number, or a string holding one or {@code
   * NaN}, {@code Infinity}, {@code -Infinity}; {@code null} when unset or unreadable.
   */
  static Double number(JsonNode obj, String camelName) {
    JsonNode value = get(obj, camelName);
    if (value.isNumber()) {
      return value.asDouble();
    }
    if (!value.isTextual()) {
      return null;
    }
    String text = value.asText();
    return switch (text) {
      case "NaN" -> Double.NaN;
      case "Infinity" -> Double.POSITIVE_INFINITY;
      case "-Infinity" -> Double.NEGATIVE_INFINITY;
      default -> JSON_NUMBER.matcher(text).matches() ? Double.valueOf(text) : null;
    };
  }

  /** A bool field: {@code true} only for JSON {@code true}. */
  static boolean bool(JsonNode obj, String camelName) {
    return get(obj, camelName).isBoolean() && get(obj, camelName).asBoolean();
  }

  /** The elements of an array field; empty when absent or not an array. */
  static List<JsonNode> list(JsonNode obj, String camelName) {
    JsonNode value = get(obj, camelName);
    List<JsonNode> out = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(out::add);
    }
    return out;
  }

  /** {@code lowerCamelCase} to {@code snake_case}. */
  static String snake(String camel) {
    StringBuilder sb = new StringBuilder();
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
