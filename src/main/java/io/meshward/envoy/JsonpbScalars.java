package io.meshward.envoy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;

/**
 * {@code JsonpbScalars} reads a JSON scalar into a non-message field as the legacy {@code jsonpb}
 * decoder does ({@code unmarshalSingularValue}: Go's {@code encoding/json} into the Go type of the
 * field, integers and floats also from a quoted number, enums by name or number), and returns the
 * value in the form protobuf's JSON parser takes; errors are Go's.
 */
final class JsonpbScalars {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final BigInteger MIN_INT64 = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_INT64 = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger MAX_UINT64 =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private JsonpbScalars() {}

  /** {@code in} read into {@code field}'s scalar type. */
  static JsonNode read(FieldDescriptor field, JsonNode in) throws EnvoyValueException {
    return switch (field.getType()) {
      case BOOL -> exact(in, in.isBoolean(), "bool", NODES.booleanNode(false));
      case STRING -> exact(in, in.isTextual(), "string", NODES.textNode(""));
      case BYTES -> bytes(in);
      case INT32, SINT32, SFIXED32 -> integer(trimQuote(in), "int32", -(1L << 31), (1L << 31) - 1);
      case INT64, SINT64, SFIXED64 -> integer(trimQuote(in), "int64", MIN_INT64, MAX_INT64);
      case UINT32, FIXED32 -> integer(trimQuote(in), "uint32", 0, (1L << 32) - 1);
      case UINT64, FIXED64 -> integer(trimQuote(in), "uint64", BigInteger.ZERO, MAX_UINT64);
      case FLOAT -> floating(in, "float32");
      case DOUBLE -> floating(in, "float64");
      case ENUM -> enumValue(field.getEnumType(), in);
      default -> throw new IllegalStateException("not a scalar: " + field.getFullName());
    };
  }

  private static JsonNode exact(JsonNode in, boolean ok, String goType, JsonNode zero)
      throws EnvoyValueException {
    if (in.isNull()) {
      return zero;
    }
    if (!ok) {
      throw mismatch(kindOf(in), goType);
    }
    return in;
  }

  private static JsonNode bytes(JsonNode in) throws EnvoyValueException {
    if (in.isNull()) {
      return NODES.textNode("");
    }
    if (!in.isTextual()) {
      throw mismatch(kindOf(in), "[]uint8");
    }
    String text = in.asText();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean alphabet =
          Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '/' || c == '=';
      if (!alphabet || text.length() % 4 != 0 && i >= text.length() / 4 * 4) {
        throw new EnvoyValueException("illegal base64 data at input byte " + i);
      }
    }
    try {
      Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new EnvoyValueException("illegal base64 data at input byte " + text.indexOf('='));
    }
    return in;
  }

  private static JsonNode integer(JsonNode in, String goType, long min, long max)
      throws EnvoyValueException {
    return integer(in, goType, BigInteger.valueOf(min), BigInteger.valueOf(max));
  }

  private static JsonNode integer(JsonNode in, String goType, BigInteger min, BigInteger max)
      throws EnvoyValueException {
    if (in.isNull()) {
      return NODES.numberNode(0);
    }
    if (!in.isNumber()) {
      throw mismatch(kindOf(in), goType);
    }
    BigInteger value = integral(in);
    if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw mismatch("number " + goNumber(in), goType);
    }
    return NODES.numberNode(value);
  }

  private static JsonNode floating(JsonNode in, String goType) throws EnvoyValueException {
    if (in.isTextual()) {
      String text = in.asText();
      if (text.equals("NaN") || text.equals("Infinity") || text.equals("-Infinity")) {
        return in;
      }
    }
    JsonNode value = trimQuote(in);
    if (value.isNull()) {
      return NODES.numberNode(0.0);
    }
    if (!value.isNumber()) {
      throw mismatch(kindOf(value), goType);
    }
    double d = value.asDouble();
    double limit = goType.equals("float32") ? Float.MAX_VALUE : Double.MAX_VALUE;
    if (Double.isInfinite(d) || Math.abs(d) > limit) {
      throw mismatch("number " + goNumber(value), goType);
    }
    return value;
  }

  private static JsonNode enumValue(EnumDescriptor type, JsonNode in) throws EnvoyValueException {
    if (in.isTextual()) {
      if (type.findValueByName(in.asText()) == null) {
        String quoted = "\"" + in.asText() + "\"";
        throw new EnvoyValueException(
            "unknown value "
                + io.meshward.core.GoQuote.of(quoted)
                + " for enum "
                + type.getFullName());
      }
      return in;
    }
    return integer(in, "protoreflect.EnumNumber", -(1L << 31), (1L << 31) - 1);
  }

  /**
   * A quoted value without its quotes, read as JSON, as {@code jsonpb}'s {@code trimQuote} does for
   * numbers; other values as they are.
   */
  static JsonNode trimQuote(JsonNode in) throws EnvoyValueException {
    if (!in.isTextual()) {
      return in;
    }
    String text = in.asText();
    if (text.isBlank()) {
      throw new EnvoyValueException("unexpected end of JSON input");
    }
    String error = GoJsonSyntax.firstValueError(text);
    if (error != null) {
      throw new EnvoyValueException(error);
    }
    try (var parser = io.meshward.core.Json.MAPPER.createParser(text)) {
      JsonNode value = io.meshward.core.Json.MAPPER.readTree(parser);
      if (parser.nextToken() != null) {
        throw new EnvoyValueException("invalid character after top-level value");
      }
      return value;
    } catch (java.io.IOException e) {
      throw new EnvoyValueException("invalid character after top-level value");
    }
  }

  private static BigInteger integral(JsonNode number) {
    if (number.isIntegralNumber()) {
      return number.bigIntegerValue();
    }
    try {
      return new BigDecimal(number.asText()).toBigIntegerExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
  }

  /** A number as Go's {@code encoding/json} writes a float64 it read from YAML. */
  static String goNumber(JsonNode number) {
    if (number.isIntegralNumber()) {
      return number.asText();
    }
    double d = number.asDouble();
    double abs = Math.abs(d);
    if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
      String e = String.format("%e", d); // 1.500000e+21
      BigDecimal mantissa = new BigDecimal(e.substring(0, e.indexOf('e'))).stripTrailingZeros();
      String exponent = e.substring(e.indexOf('e') + 1);
      int exp = Integer.parseInt(exponent);
      return mantissa.toPlainString()
          + "e"
          + (exp < 0 ? "-" : "+")
          + String.format("%02d", Math.abs(exp));
    }
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  static EnvoyValueException mismatch(String value, String goType) {
    return new EnvoyValueException(
        "json: cannot unmarshal " + value + " into Go value of type " + goType);
  }

  /** What Go's decoder calls a JSON value in its type errors. */
  static String kindOf(JsonNode value) {
    if (value.isTextual()) {
      return "string";
    }
    if (value.isBoolean()) {
      return "bool";
    }
    if (value.isArray()) {
      return "array";
    }
    if (value.isObject()) {
      return "object";
    }
    return "number";
  }
}
