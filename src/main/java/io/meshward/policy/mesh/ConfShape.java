package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code ConfShape} is the typed message a backend's free-form {@code conf} is converted to by Kuma
 * ({@code proto.ToTyped}: JSON to protobuf with unknown fields allowed). {@link #decodeError} tells
 * whether that conversion fails, e.g. a number where a string is expected or an unknown enum name.
 * The reason is worded after protojson, not copied exactly.
 *
 * @param fields the known fields by JSON name: a {@link Scalar}, a nested {@code ConfShape}, a
 *     {@link ListOf} or an {@link EnumOf}
 */
record ConfShape(Map<String, Object> fields) {

  /** Scalar protobuf types a conf field can have. */
  enum Scalar {
    STRING,
    UINT32,
    BOOL,
    BOOL_VALUE,
    UINT32_VALUE,
    STRING_MAP
  }

  /** A repeated message field. */
  record ListOf(ConfShape element) {}

  /** An enum field with its value names. */
  record EnumOf(Set<String> names) {}

  /** A shape from alternating name/type pairs. */
  static ConfShape of(Object... pairs) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put((String) pairs[i], pairs[i + 1]);
    }
    return new ConfShape(fields);
  }

  /** Why {@code conf} does not convert to this shape; {@code null} when it does. */
  String decodeError(JsonNode conf) {
    if (!SpecNodes.isSet(conf)) {
      return null;
    }
    if (!conf.isObject()) {
      return "expected an object, got " + conf;
    }
    for (Map.Entry<String, Object> f : fields.entrySet()) {
      JsonNode value = SpecNodes.get(conf, f.getKey());
      if (!SpecNodes.isSet(value)) {
        continue;
      }
      String error = check(f.getValue(), value);
      if (error != null) {
        return error.startsWith("invalid value")
            ? error.replace("%FIELD%", f.getKey())
            : f.getKey() + "." + error;
      }
    }
    return null;
  }

  private static String check(Object type, JsonNode value) {
    if (type instanceof ConfShape shape) {
      return shape.decodeError(value);
    }
    if (type instanceof ListOf list) {
      if (!value.isArray()) {
        return invalid("repeated", value);
      }
      for (JsonNode element : value) {
        String error = list.element().decodeError(element);
        if (error != null) {
          return error;
        }
      }
      return null;
    }
    if (type instanceof EnumOf e) {
      boolean ok = (value.isTextual() && e.names().contains(value.asText())) || isInteger(value);
      return ok ? null : invalid("enum", value);
    }
    boolean ok =
        switch ((Scalar) type) {
          case STRING -> value.isTextual();
          case BOOL, BOOL_VALUE -> value.isBoolean();
          case UINT32, UINT32_VALUE -> isUint32(value);
          case STRING_MAP -> value.isObject() && allText(value);
        };
    return ok ? null : invalid(type.toString().toLowerCase(), value);
  }

  private static String invalid(String type, JsonNode value) {
    return "invalid value for " + type + " field %FIELD%: " + value;
  }

  private static boolean allText(JsonNode obj) {
    for (JsonNode v : obj) {
      if (!v.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInteger(JsonNode value) {
    return value.isIntegralNumber() || (value.isNumber() && value.asDouble() % 1 == 0);
  }

  private static boolean isUint32(JsonNode value) {
    double d;
    if (value.isNumber()) {
      d = value.asDouble();
    } else if (value.isTextual() && value.asText().matches("-?[0-9]+")) {
      d = Double.parseDouble(value.asText());
    } else {
      return false;
    }
    return d % 1 == 0 && d >= 0 && d <= 4294967295.0;
  }
}
