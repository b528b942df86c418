package io.meshward.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.meshward.core.Json;
import java.io.UncheckedIOException;

/**
 * {@code JsonText} prints JSON the way most tools do ({@code "key": value}, two-space indent, one
 * array item per line, {@code \n} line ends on every platform).
 */
final class JsonText {

  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
    printer.indentArraysWith(indent);
    printer.indentObjectsWith(indent);
    WRITER = Json.MAPPER.writer(printer);
  }

  private JsonText() {}

  /** {@code node} pretty-printed, ending with a newline. */
  static String write(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
