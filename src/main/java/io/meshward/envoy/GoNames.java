package io.meshward.envoy;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code GoNames} renders names and values the way protoc-gen-validate's Go code prints them:
 * message and field Go names ({@code Cluster_CommonLbConfig}, {@code ConnectTimeout}), {@code
 * time.Duration} strings ({@code 0s}, {@code 1m30s}) and {@code fmt.Sprint} of numbers and lists.
 */
final class GoNames {

  private GoNames() {}

  /** The Go type name of a message: nested names joined with {@code _}. */
  static String message(Descriptor type) {
    String full = type.getFullName();
    String pkg = type.getFile().getPackage();
    String local = pkg.isEmpty() ? full : full.substring(pkg.length() + 1);
    return local.replace('.', '_');
  }

  /** The Go name of a field. */
  static String field(FieldDescriptor field) {
    return camel(field.getName());
  }

  /** The Go name of a oneof. */
  static String oneof(OneofDescriptor oneof) {
    return camel(oneof.getName());
  }

  /** protoc-gen-go's CamelCase: drop underscores, capitalise the next letter and after digits. */
  static String camel(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))) {
        upper = true;
        continue;
      }
      if (c == '_' && i == 0) {
        out.append('X');
        continue;
      }
      out.append(upper ? Character.toUpperCase(c) : c);
      upper = Character.isDigit(c);
    }
    return out.toString();
  }

  /** Go's {@code time.Duration.String()} of seconds and nanos. */
  static String duration(long seconds, int nanos) {
    BigDecimal total =
        BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros();
    if (total.signum() == 0) {
      return "0s";
    }
    String sign = total.signum() < 0 ? "-" : "";
    total = total.abs();
    if (total.compareTo(BigDecimal.ONE) < 0) {
      long ns = total.movePointRight(9).longValueExact();
      if (ns < 1_000) {
        return sign + ns + "ns";
      }
      if (ns < 1_000_000) {
        return sign + plain(BigDecimal.valueOf(ns, 3)) + "µs";
      }
      return sign + plain(BigDecimal.valueOf(ns, 6)) + "ms";
    }
    long wholeSeconds = total.longValue();
    BigDecimal secondsPart = total.subtract(BigDecimal.valueOf(wholeSeconds - wholeSeconds % 60));
    long minutes = wholeSeconds / 60;
    StringBuilder out = new StringBuilder(sign);
    if (minutes >= 60) {
      out.append(minutes / 60).append('h');
    }
    if (minutes > 0) {
      out.append(minutes % 60).append('m');
    }
    return out.append(plain(secondsPart)).append('s').toString();
  }

  /** {@code fmt.Sprint} of an integer or floating point rule value. */
  static String number(Object value) {
    if (value instanceof Double d) {
      return floating(d, BigDecimal.valueOf(d));
    }
    if (value instanceof Float f) {
      return floating(f, new BigDecimal(Float.toString(f)));
    }
    return value.toString();
  }

  /** {@code fmt.Sprint} of a slice: {@code [a b c]}. */
  static String list(List<?> items) {
    return items.stream().map(String::valueOf).collect(Collectors.joining(" ", "[", "]"));
  }

  private static String floating(double raw, BigDecimal decimal) {
    if (Double.isNaN(raw)) {
      return "NaN";
    }
    if (Double.isInfinite(raw)) {
      return raw > 0 ? "+Inf" : "-Inf";
    }
    if (raw == 0) {
      return "0";
    }
    BigDecimal d = decimal.stripTrailingZeros();
    int exponent = d.precision() - d.scale() - 1;
    if (exponent < -4 || exponent >= 21) {
      String digits = d.unscaledValue().abs().toString();
      String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
      String exp = String.format("%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
      return (d.signum() < 0 ? "-" : "") + mantissa + "e" + exp;
    }
    return d.toPlainString();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
