package io.meshward.envoy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go's json.Decoder errors for the first value of a text, as Kuma reports them. */
class GoJsonSyntaxTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{|unexpected EOF",
        "`{\"a\": [1, `|unexpected EOF",
        "tru|unexpected EOF",
        "a: b: c|invalid character 'a' looking for beginning of value",
        "{foo|invalid character 'f' looking for beginning of object key string",
        "`{\"a\" 1}`|invalid character '1' after object key",
        "`{\"a\": 1 2}`|invalid character '2' after object key:value pair",
        "[1 2]|invalid character '2' after array element",
        "trux|invalid character 'x' in literal true (expecting 'e')",
        "nul!|invalid character '!' in literal null (expecting 'l')",
        "-a|invalid character 'a' in numeric literal",
        "1.a|invalid character 'a' after decimal point in numeric literal",
        "1ex|invalid character 'x' in exponent of numeric literal",
        "`\"a\\qb\"`|invalid character 'q' in string escape code",
        "`\"\\u12g4\"`|invalid character 'g' in \\u hexadecimal character escape",
        "`'x'`|invalid character '\\'' looking for beginning of value",
        "`   `|EOF"
      })
  void errorsAreGoDecoderErrors(String text, String error) {
    assertThat(GoJsonSyntax.firstValueError(text)).isEqualTo(error);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {"`{\"a\": [1, -2.5e3, true, null, \"\\u00e9\"]} trailing`", "0", "`\"\"`"})
  void aCompleteFirstValueIsNoError(String text) {
    assertThat(GoJsonSyntax.firstValueError(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`{`|unexpected EOF",
        "`a: b: c`|invalid character 'a' looking for beginning of value",
        "`name: [a`|invalid character 'a' in literal null (expecting 'u')"
      })
  void valuesThatAreNeitherYamlNorJsonGetGoJsonErrors(String value, String error) {
    assertThat(new ProtoEnvoyValueParser().parse(EnvoyType.CLUSTER, value, true).error())
        .isEqualTo(error);
  }
}
