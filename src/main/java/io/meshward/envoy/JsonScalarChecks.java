package io.meshward.envoy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * {@code JsonScalarChecks} checks a JSON scalar against a non-message protobuf field as Go's
 * protojson does, so values Kuma rejects are rejected with a one-line reason.
 */
final class JsonScalarChecks {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  private JsonScalarChecks() {}

  static void check(FieldDescriptor field, JsonNode value, String path) throws EnvoyValueException {
    switch (field.getJavaType()) {
      case STRING -> require(value.isTextual(), value, "string", path);
      case BOOLEAN -> require(value.isBoolean(), value, "bool", path);
      case BYTE_STRING -> require(value.isTextual(), value, "bytes", path);
      case INT, LONG ->
          require(isIntegral(value), value, field.getType().name().toLowerCase(), path);
      case FLOAT, DOUBLE ->
          require(isFloat(value), value, field.getType().name().toLowerCase(), path);
      case ENUM -> enumValue(field.getEnumType(), value, path);
      default -> throw new IllegalStateException("not a scalar: " + field.getFullName());
    }
  }

  static EnvoyValueException mismatch(JsonNode value, String expected, String path) {
    return new EnvoyValueException(
        "invalid value "
            + abbreviate(value)
            + " for field "
            + display(path)
            + ": expected "
            + expected);
  }

  static String display(String path) {
    return path.isEmpty() ? "value" : path;
  }

  private static void require(boolean ok, JsonNode value, String kind, String path)
      throws EnvoyValueException {
    if (!ok) {
      throw new EnvoyValueException(
          "invalid value " + abbreviate(value) + " for " + kind + " field " + display(path));
    }
  }

  private static void enumValue(EnumDescriptor type, JsonNode value, String path)
      throws EnvoyValueException {
    if (value.isTextual()) {
      if (type.findValueByName(value.asText()) == null) {
        throw new EnvoyValueException(
            "unknown enum value \"" + value.asText() + "\" for field " + display(path));
      }
    } else if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new EnvoyValueException(
          "invalid enum value " + abbreviate(value) + " for field " + display(path));
    }
  }

  private static boolean isIntegral(JsonNode value) {
    if (value.isIntegralNumber()) {
      return true;
    }
    String text = value.isTextual() ? value.asText() : value.isNumber() ? value.asText() : null;
    if (text == null || !NUMBER.matcher(text).matches()) {
      return false;
    }
    try {
      new BigDecimal(text).toBigIntegerExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private static boolean isFloat(JsonNode value) {
    if (value.isNumber()) {
      return true;
    }
    String text = value.isTextual() ? value.asText() : "";
    return NUMBER.matcher(text).matches()
        || text.equals("NaN")
        || text.equals("Infinity")
        || text.equals("-Infinity");
  }

  static String abbreviate(JsonNode value) {
    String text = value.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
