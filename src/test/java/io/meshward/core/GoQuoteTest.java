package io.meshward.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoQuoteTest {

  @Test
  void printableTextIsKeptAndQuotesAndBackslashesAreEscaped() {
    assertThat(GoQuote.of("a \"b\" \\ é 日本 😀")).isEqualTo("\"a \\\"b\\\" \\\\ é 日本 😀\"");
  }

  @Test
  void controlCharactersUseTheCEscapesThenHex() {
    assertThat(GoQuote.of("\u0007\b\f\n\r\t\u000b\u0001\u007f"))
        .isEqualTo("\"\\a\\b\\f\\n\\r\\t\\v\\x01\\x7f\"");
  }

  @Test
  void nonPrintableCharactersBeyondAsciiAreUnicodeEscapes() {
    // no-break space and zero-width space are not printable in Go; U+E0001 is a format character
    assertThat(GoQuote.of("a\u00a0b\u200bc")).isEqualTo("\"a\\u00a0b\\u200bc\"");
    assertThat(GoQuote.of(new String(Character.toChars(0xE0001)))).isEqualTo("\"\\U000e0001\"");
  }
}
