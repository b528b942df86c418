package io.meshward.envoy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * {@code YamlScalars} resolves a YAML scalar to a JSON value with {@code yaml.v2}'s YAML 1.1 rules
 * (quoted scalars are always strings).
 */
final class YamlScalars {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> TRUES =
      Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
  private static final Set<String> FALSES =
      Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
  private static final Pattern FLOAT =
      Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
  private static final Set<String> NON_FINITE =
      Set.of(
          ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan",
          ".NaN", ".NAN");
  private static final BigInteger MAX_UINT64 =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private YamlScalars() {}

  /**
   * The JSON value of {@code scalar}.
   *
   * @throws EnvoyValueException for {@code .inf} and {@code .nan}, which do not convert to JSON
   */
  static JsonNode resolve(ScalarNode scalar) throws EnvoyValueException {
    String text = scalar.getValue();
    if (!scalar.isPlain()) {
      return NODES.textNode(text);
    }
    if (NULLS.contains(text)) {
      return NODES.nullNode();
    }
    if (TRUES.contains(text)) {
      return NODES.booleanNode(true);
    }
    if (FALSES.contains(text)) {
      return NODES.booleanNode(false);
    }
    if (NON_FINITE.contains(text)) {
      // yaml.v2 reads a float that Go's JSON encoder cannot write: the YAML does not convert
      throw new EnvoyValueException(
          "error converting YAML to JSON: json: unsupported value: " + goName(text));
    }
    BigInteger integer = parseInteger(text.replace("_", ""));
    if (integer != null && integer.bitLength() < 64) {
      return NODES.numberNode(integer.longValue());
    }
    if (integer != null && integer.signum() > 0 && integer.compareTo(MAX_UINT64) <= 0) {
      return NODES.numberNode(integer);
    }
    if (FLOAT.matcher(text.replace("_", "")).matches()) {
      double value = Double.parseDouble(text.replace("_", ""));
      if (!Double.isInfinite(value)) {
        return NODES.numberNode(value);
      }
      // out of range for strconv.ParseFloat: yaml.v2 keeps the text as a string
    }
    return NODES.textNode(text);
  }

  private static String goName(String nonFinite) {
    String lower = nonFinite.toLowerCase();
    return lower.contains("nan") ? "NaN" : lower.startsWith("-") ? "-Inf" : "+Inf";
  }

  /** Go's {@code strconv.ParseInt(s, 0, 64)} prefixes: 0x, 0o, 0b and a leading 0 for octal. */
  private static BigInteger parseInteger(String text) {
    if (text.isEmpty()) {
      return null;
    }
    boolean negative = text.charAt(0) == '-';
    String digits = (negative || text.charAt(0) == '+') ? text.substring(1) : text;
    int radix = 10;
    String lower = digits.toLowerCase();
    if (lower.startsWith("0x")) {
      radix = 16;
      digits = digits.substring(2);
    } else if (lower.startsWith("0o")) {
      radix = 8;
      digits = digits.substring(2);
    } else if (lower.startsWith("0b")) {
      radix = 2;
      digits = digits.substring(2);
    } else if (digits.length() > 1 && digits.charAt(0) == '0') {
      radix = 8;
      digits = digits.substring(1);
    }
    if (digits.isEmpty() || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      return null;
    }
    try {
      BigInteger value = new BigInteger(digits, radix);
      return negative ? value.negate() : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
