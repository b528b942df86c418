package io.meshward.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.meshward.core.FieldPath;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code SchemaMessages} words a validator error the way the Kubernetes API server words a CRD
 * schema failure, e.g. {@code Required value} or {@code Unsupported value: "AddFirst": supported
 * values: "Add", "Remove", "Patch"}.
 */
final class SchemaMessages {

  private static final int MAX_VALUE_CHARS = 80;

  private SchemaMessages() {}

  /** The message for {@code error}, found at the Kuma path {@code field}. */
  static String of(Error error, FieldPath field) {
    JsonNode value = error.getInstanceNode();
    JsonNode arg = error.getSchemaNode();
    return switch (error.getKeyword()) {
      case "required" -> "Required value";
      case "additionalProperties", "unevaluatedProperties" -> "unknown field \"" + field + "\"";
      case "enum" -> "Unsupported value: " + render(value) + ": supported values: " + list(arg);
      case "const" -> "Unsupported value: " + render(value) + ": supported values: " + render(arg);
      case "type" ->
          "Invalid value: \"" + typeOf(value) + "\": must be of type " + expectedTypes(arg);
      case "minLength" -> "should be at least " + arg + " chars long";
      case "maxLength" -> "should be at most " + arg + " chars long";
      case "minimum" -> "must be greater than or equal to " + arg;
      case "exclusiveMinimum" -> "must be greater than " + arg;
      case "maximum" -> "must be less than or equal to " + arg;
      case "exclusiveMaximum" -> "must be less than " + arg;
      case "multipleOf" -> "must be a multiple of " + arg;
      case "minItems" -> "should have at least " + arg + " items";
      case "maxItems" -> "Too many: " + value.size() + ": must have at most " + arg + " items";
      case "minProperties" -> "should have at least " + arg + " properties";
      case "maxProperties" -> "should have at most " + arg + " properties";
      case "uniqueItems" -> "Duplicate value: items must be unique";
      case "pattern" -> "Invalid value: " + render(value) + ": should match '" + arg.asText() + "'";
      case "format" -> "Invalid value: " + render(value) + ": " + error.getMessage();
      default -> error.getMessage();
    };
  }

  /**
   * The message for a failed {@code anyOf}/{@code oneOf} ({@code error} is the combinator's own
   * error or one of its branches), about {@code value}, the value it applies to.
   */
  static String noForm(Error error, JsonNode value) {
    boolean tooMany =
        "oneOf".equals(error.getKeyword())
            && error.getArguments().length > 0
            && !"0".equals(String.valueOf(error.getArguments()[0]));
    return "Invalid value: "
        + render(value)
        + (tooMany
            ? ": matches more than one of the allowed forms"
            : ": does not match any of the allowed forms");
  }

  /** A value as JSON text, shortened when long. */
  static String render(JsonNode value) {
    String text = value == null ? "null" : value.toString();
    return text.length() > MAX_VALUE_CHARS ? text.substring(0, MAX_VALUE_CHARS) + "..." : text;
  }

  private static String list(JsonNode values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(render(v)));
    return String.join(", ", out);
  }

  private static String expectedTypes(JsonNode type) {
    if (!type.isArray()) {
      return type.asText();
    }
    List<String> names = new ArrayList<>();
    type.forEach(t -> names.add(t.asText()));
    if (names.size() > 1) {
      names.remove("null");
    }
    return String.join(" or ", names);
  }

  private static String typeOf(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    return switch (value.getNodeType()) {
      case STRING, BINARY -> "string";
      case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
      case BOOLEAN -> "boolean";
      case ARRAY -> "array";
      default -> "object";
    };
  }
}
