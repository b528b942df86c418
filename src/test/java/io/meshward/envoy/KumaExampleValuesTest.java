package io.meshward.envoy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every modification {@code value} in Kuma's own test data parses, or fails with the message Kuma's
 * validator gives for it.
 */
class KumaExampleValuesTest {

  private static final Path EXAMPLES = Path.of("src/test/resources/kuma-examples");
  private static final Set<String> ADD_OPERATIONS =
      Set.of("Add", "AddFirst", "AddLast", "AddBefore", "AddAfter");
  private static final String PREFIX = "native Envoy resource is not valid: ";
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
  private final ProtoEnvoyValueParser parser = ProtoEnvoyValueParser.matchingKuma();

  @Test
  void validationCaseValuesParseAsKumaSays() throws IOException {
    int checked = 0;
    for (Path file : files("validation", "meshproxypatch-")) {
      JsonNode doc = yaml.readTree(file.toFile());
      JsonNode mods = doc.path("resource").path("default").path("appendModifications");
      for (int i = 0; i < mods.size(); i++) {
        for (EnvoyType type : EnvoyType.values()) {
          JsonNode mod = mods.get(i).path(type.modificationName());
          String operation = mod.path("operation").asText();
          boolean add = ADD_OPERATIONS.contains(operation);
          if (!mod.has("value") || !(add || operation.equals("Patch"))) {
            continue;
          }
          String field =
              "spec.default.appendModifications[" + i + "]." + type.modificationName() + ".value";
          String expected = expectedError(doc, field);
          ParsedValue parsed = parser.parse(type, mod.get("value").asText(), add);
          assertThat(parsed.error()).as(file.getFileName() + " " + field).isEqualTo(expected);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void envoyStrictParserAlsoChecksTypedConfigOfKumaValidExample() throws IOException {
    JsonNode doc =
        yaml.readTree(
            EXAMPLES
                .resolve("validation/meshproxypatch-03-network-filter-modifications.yaml")
                .toFile());
    String value =
        doc.path("resource")
            .path("default")
            .path("appendModifications")
            .get(0)
            .path("networkFilter")
            .path("value")
            .asText();
    assertThat(parser.parse(EnvoyType.NETWORK_FILTER, value, true).valid()).isTrue();
    assertThat(new ProtoEnvoyValueParser().parse(EnvoyType.NETWORK_FILTER, value, true).error())
        .isEqualTo(
            "invalid Filter.TypedConfig: embedded message failed validation | caused by: "
                + "invalid TcpProxy.StatPrefix: value length must be at least 1 runes");
  }

  @Test
  void xdsModificationValuesAndInputsParse() throws IOException {
    int checked = 0;
    for (Path file : files("xds-mods", "")) {
      JsonNode doc = yaml.readTree(file.toFile());
      for (JsonNode item : doc.path("modifications")) {
        for (EnvoyType type : EnvoyType.values()) {
          JsonNode mod = item.path(type.modificationName());
          if (mod.has("value")) {
            boolean add = ADD_OPERATIONS.contains(mod.path("operation").asText());
            ParsedValue parsed = parser.parse(type, mod.get("value").asText(), add);
            assertThat(parsed.error()).as(file.getFileName().toString()).isNull();
            assertThat(parsed.unknownFields()).as(file.getFileName().toString()).isEmpty();
            checked++;
          }
        }
      }
      EnvoyType inputType = inputType(doc.path("input_type").asText());
      for (JsonNode input : doc.path("inputs")) {
        if (inputType != null) {
          ParsedValue parsed = parser.parse(inputType, input.path("resource").toString(), true);
          assertThat(parsed.error()).as(file.getFileName() + " input").isNull();
          assertThat(parsed.unknownFields()).as(file.getFileName() + " input").isEmpty();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  private static EnvoyType inputType(String messageName) {
    for (EnvoyType type : EnvoyType.values()) {
      if (type.typeUrl().endsWith("/" + messageName)) {
        return type;
      }
    }
    return null;
  }

  private static String expectedError(JsonNode doc, String field) {
    for (JsonNode violation : doc.path("violations")) {
      String message = violation.path("message").asText();
      if (violation.path("field").asText().equals(field) && message.startsWith(PREFIX)) {
        return message.substring(PREFIX.length());
      }
    }
    return null;
  }

  private static List<Path> files(String dir, String prefix) throws IOException {
    try (Stream<Path> paths = Files.list(EXAMPLES.resolve(dir))) {
      return new ArrayList<>(
          paths
              .filter(p -> p.getFileName().toString().startsWith(prefix))
              .filter(p -> p.toString().endsWith(".yaml"))
              .sorted()
              .toList());
    }
  }
}
