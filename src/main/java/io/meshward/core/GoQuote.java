package io.meshward.core;

/**
 * {@code GoQuote} quotes text as Go's {@code strconv.Quote} (and {@code %q}) does, for the messages
 * Kuma's Go code formats with it.
 */
public final class GoQuote {

  private GoQuote() {}

  /** {@code text} as a double-quoted Go string literal. */
  public static String of(String text) {
    StringBuilder b = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                  if (c < 0x20 || c == 0x7f) {
                    b.append(String.format("\\x%02x", c));
                  } else {
                    b.appendCodePoint(c);
                  }
                }
              }
            });
    return b.append('"').toString();
  }
}
