package io.meshward.envoy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code GoDuration} is Go's {@code time.ParseDuration}, which the legacy {@code jsonpb} decoder
 * Kuma reads Envoy values with applies to {@code google.protobuf.Duration} fields: a sequence of
 * decimal numbers with units ({@code 1h30m}, {@code 1.5s}, {@code 300ms}, {@code -2m}), or {@code
 * 0}; errors worded as Go words them.
 */
final class GoDuration {

  private static final long MAX = Long.MAX_VALUE; // 1<<63 - 1 nanoseconds
  private static final Map<String, Long> UNITS =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "\u00b5s", 1_000L,
          "\u03bcs", 1_000L,
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);

  private GoDuration() {}

  /** The nanoseconds {@code text} denotes. */
  static long parse(String text) throws EnvoyValueException {
    String s = text;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return 0;
    }
    if (s.isEmpty()) {
      throw invalid(text);
    }
    // unsigned accumulation as in Go: d may reach 1<<63 when negative
    BigInteger total = BigInteger.ZERO;
    BigInteger limit = BigInteger.ONE.shiftLeft(63);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!(c == '.' || (c >= '0' && c <= '9'))) {
        throw invalid(text);
      }
      int start = i;
      while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
        i++;
      }
      String whole = s.substring(start, i);
      boolean pre = !whole.isEmpty();
      String fraction = "";
      boolean post = false;
      if (i < s.length() && s.charAt(i) == '.') {
        i++;
        int f = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          i++;
        }
        fraction = s.substring(f, i);
        post = !fraction.isEmpty();
      }
      if (!pre && !post) {
        throw invalid(text);
      }
      int u = i;
      while (i < s.length() && s.charAt(i) != '.' && !(s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
        i++;
      }
      if (u == i) {
        throw new EnvoyValueException("time: missing unit in duration " + quote(text));
      }
      String unitName = s.substring(u, i);
      Long unit = UNITS.get(unitName);
      if (unit == null) {
        throw new EnvoyValueException(
            "time: unknown unit " + quote(unitName) + " in duration " + quote(text));
      }
      BigInteger v = whole.isEmpty() ? BigInteger.ZERO : new BigInteger(whole);
      if (v.compareTo(limit.divide(BigInteger.valueOf(unit))) > 0) {
        throw invalid(text);
      }
      v = v.multiply(BigInteger.valueOf(unit));
      if (post) {
        // Go keeps at most the digits that fit without overflow, then scales in floating point
        double scale = 1;
        long f = 0;
        boolean overflow = false;
        for (int k = 0; k < fraction.length(); k++) {
          if (overflow) {
            continue;
          }
          int digit = fraction.charAt(k) - '0';
          if (f > (MAX - digit) / 10) {
            overflow = true;
            continue;
          }
          f = f * 10 + digit;
          scale *= 10;
        }
        if (f > 0) {
          v = v.add(BigInteger.valueOf((long) ((double) f * ((double) unit / scale))));
          if (v.compareTo(limit) > 0) {
            throw invalid(text);
          }
        }
      }
      total = total.add(v);
      if (total.compareTo(limit) > 0) {
        throw invalid(text);
      }
    }
    if (negative) {
      return total.negate().longValue();
    }
    if (total.compareTo(BigInteger.valueOf(MAX)) > 0) {
      throw invalid(text);
    }
    return total.longValue();
  }

  /** {@code nanos} as protobuf's JSON form of a Duration ({@code -1.500000000s}). */
  static String canonical(long nanos) {
    BigInteger n = BigInteger.valueOf(nanos);
    BigInteger[] parts = n.abs().divideAndRemainder(BigInteger.valueOf(1_000_000_000L));
    String sign = nanos < 0 ? "-" : "";
    String fraction = parts[1].signum() == 0 ? "" : String.format(".%09d", parts[1].longValue());
    return sign + parts[0] + fraction + "s";
  }

  private static EnvoyValueException invalid(String text) {
    return new EnvoyValueException("time: invalid duration " + quote(text));
  }

  /** The time package's quote: non-ASCII and control bytes as {@code \xNN}. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c >= 0x80 || c < ' ') {
        for (byte x : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          b.append(String.format("\\x%02x", x & 0xff));
        }
      } else {
        if (c == '"' || c == '\\') {
          b.append('\\');
        }
        b.appendCodePoint(c);
      }
    }
    return b.append('"').toString();
  }
}
