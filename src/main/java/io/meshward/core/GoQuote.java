package io.meshward.core;

/**
 * {@code GoQuote} quotes text as Go's {@code strconv.Quote} (and {@code %q}) does, for the messages
 * Kuma's Go code formats with it: printable characters as they are, the C escapes {@code \a \b \f
 * \n \r \t \v}, other control characters as {@code \xNN} and other non-printable ones (spaces other
 * than U+0020, format characters, unassigned code points) as {@code \\uNNNN} or {@code
 * \\UNNNNNNNN}.
 */
public final class GoQuote {

  private GoQuote() {}

  /** {@code text} as a double-quoted Go string literal. */
  public static String of(String text) {
    StringBuilder b = new StringBuilder("\"");
    text.codePoints().forEach(c -> escaped(b, c));
    return b.append('"').toString();
  }

  private static void escaped(StringBuilder b, int c) {
    switch (c) {
      case '"' -> b.append("\\\"");
      case '\\' -> b.append("\\\\");
      case 0x07 -> b.append("\\a");
      case '\b' -> b.append("\\b");
      case '\f' -> b.append("\\f");
      case '\n' -> b.append("\\n");
      case '\r' -> b.append("\\r");
      case '\t' -> b.append("\\t");
      case 0x0b -> b.append("\\v");
      default -> {
        if (isPrint(c)) {
          b.appendCodePoint(c);
        } else if (c < 0x20 || c == 0x7f) {
          b.append(String.format("\\x%02x", c));
        } else if (Character.isSurrogate((char) c) && c <= 0xffff) {
          b.append("\\ufffd"); // a lone surrogate is not a valid rune
        } else if (c < 0x10000) {
          b.append(String.format("\\u%04x", c));
        } else {
          b.append(String.format("\\U%08x", c));
        }
      }
    }
  }

  /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and U+0020. */
  private static boolean isPrint(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL ->
          true;
      default -> false;
    };
  }
}
