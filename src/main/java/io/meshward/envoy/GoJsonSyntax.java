package io.meshward.envoy;

import io.meshward.core.GoQuote;
import java.nio.charset.StandardCharsets;

/**
 * {@code GoJsonSyntax} gives the error Go's {@code json.Decoder} returns when it reads the first
 * JSON value of a text, with Go's wording ({@code invalid character 'a' looking for beginning of
 * value}, {@code unexpected EOF}). Kuma parses a MeshProxyPatch value that is not valid YAML as raw
 * JSON, so these are the errors it reports for such values. It follows the state machine of Go's
 * {@code encoding/json} scanner, byte by byte.
 */
final class GoJsonSyntax {

  /** Deeper values are refused (Go's decoder stops at 10,000; this keeps the stack small). */
  static final int MAX_DEPTH = 1000;

  private final byte[] in;
  private int pos;
  private int depth;

  private GoJsonSyntax(String text) {
    this.in = text.getBytes(StandardCharsets.UTF_8);
  }

  /** Go's error for the first value of {@code text}; {@code null} when it is a complete value. */
  static String firstValueError(String text) {
    GoJsonSyntax s = new GoJsonSyntax(text);
    s.skipSpace();
    if (s.pos >= s.in.length) {
      return "EOF";
    }
    try {
      s.value();
      return null;
    } catch (Failure f) {
      return f.getMessage();
    }
  }

  /** A syntax error or an early end, carrying Go's message. */
  private static final class Failure extends Exception {
    Failure(String message) {
      super(message, null, false, false);
    }
  }

  private void value() throws Failure {
    if (++depth > MAX_DEPTH) {
      throw new Failure("exceeded max depth");
    }
    int c = next();
    switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          number(c);
        } else {
          throw invalid(c, "looking for beginning of value");
        }
      }
    }
    depth--;
  }

  private void object() throws Failure {
    skipSpace();
    if (peek() == '}') {
      pos++;
      return;
    }
    while (true) {
      int c = next();
      if (c != '"') {
        throw invalid(c, "looking for beginning of object key string");
      }
      string();
      c = next();
      if (c != ':') {
        throw invalid(c, "after object key");
      }
      skipSpace();
      value();
      c = next();
      if (c == '}') {
        return;
      }
      if (c != ',') {
        throw invalid(c, "after object key:value pair");
      }
    }
  }

  private void array() throws Failure {
    skipSpace();
    if (peek() == ']') {
      pos++;
      return;
    }
    while (true) {
      skipSpace();
      value();
      int c = next();
      if (c == ']') {
        return;
      }
      if (c != ',') {
        throw invalid(c, "after array element");
      }
    }
  }

  private void string() throws Failure {
    while (true) {
      int c = raw();
      if (c == '"') {
        return;
      }
      if (c == '\\') {
        int e = raw();
        if (e == 'u') {
          for (int i = 0; i < 4; i++) {
            int h = raw();
            if (Character.digit(h, 16) < 0) {
              throw invalid(h, "in \\u hexadecimal character escape");
            }
          }
        } else if ("bfnrt\\/\"".indexOf(e) < 0) {
          throw invalid(e, "in string escape code");
        }
      } else if (c < 0x20) {
        throw invalid(c, "in string literal");
      }
    }
  }

  private void literal(String word) throws Failure {
    for (int i = 1; i < word.length(); i++) {
      int c = raw();
      if (c != word.charAt(i)) {
        throw invalid(c, "in literal " + word + " (expecting " + quote(word.charAt(i)) + ")");
      }
    }
  }

  private void number(int first) throws Failure {
    int c = first;
    if (c == '-') {
      c = raw();
      if (c < '0' || c > '9') {
        throw invalid(c, "in numeric literal");
      }
    }
    if (c != '0') {
      while (digitAhead()) {
        pos++;
      }
    }
    if (peek() == '.') {
      pos++;
      int d = raw();
      if (d < '0' || d > '9') {
        throw invalid(d, "after decimal point in numeric literal");
      }
      while (digitAhead()) {
        pos++;
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      int s = raw();
      if (s == '+' || s == '-') {
        s = raw();
      }
      if (s < '0' || s > '9') {
        throw invalid(s, "in exponent of numeric literal");
      }
      while (digitAhead()) {
        pos++;
      }
    }
  }

  private boolean digitAhead() {
    int c = peek();
    return c >= '0' && c <= '9';
  }

  /** The next byte after white space; an early end is {@code unexpected EOF}. */
  private int next() throws Failure {
    skipSpace();
    return raw();
  }

  private int raw() throws Failure {
    if (pos >= in.length) {
      throw new Failure("unexpected EOF");
    }
    return in[pos++] & 0xff;
  }

  private int peek() {
    return pos < in.length ? in[pos] & 0xff : -1;
  }

  private void skipSpace() {
    while (pos < in.length
        && (in[pos] == ' ' || in[pos] == '\t' || in[pos] == '\r' || in[pos] == '\n')) {
      pos++;
    }
  }

  private static Failure invalid(int c, String context) {
    return new Failure("invalid character " + quote(c) + " " + context);
  }

  /** Go's {@code quoteChar}: the byte as a single-quoted Go string literal. */
  private static String quote(int c) {
    if (c == '\'') {
      return "'\\''";
    }
    if (c == '"') {
      return "'\"'";
    }
    String q = GoQuote.of(new String(Character.toChars(c)));
    return "'" + q.substring(1, q.length() - 1) + "'";
  }
}
