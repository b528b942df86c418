package io.meshward.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.schema.gen.SchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Regenerates {@code schemas/} in memory and fails when the committed files differ. With {@code
 * -Dschemas.update=true} it rewrites them instead.
 */
class SchemasUpToDateTest {

  private static final Path SCHEMAS = Path.of("schemas");
  private static final String HOW_TO_FIX =
      "schemas/ is out of date; run ./mvnw test -Dtest=SchemasUpToDateTest -Dschemas.update=true";

  @Test
  void committedSchemasMatchTheGenerator() throws IOException {
    Map<String, String> expected = SchemaGenerator.generate(SCHEMAS);
    if (Boolean.getBoolean("schemas.update")) {
      write(expected);
    }
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> file : expected.entrySet()) {
      Path path = SCHEMAS.resolve(file.getKey());
      if (!Files.exists(path) || !Files.readString(path).equals(file.getValue())) {
        stale.add(file.getKey());
      }
    }
    List<String> extra = generatedLooking().stream().filter(f -> !expected.containsKey(f)).toList();
    assertThat(stale).as("%s (differs: %s)", HOW_TO_FIX, stale).isEmpty();
    assertThat(extra).as("%s (not generated: %s)", HOW_TO_FIX, extra).isEmpty();
  }

  private static void write(Map<String, String> files) throws IOException {
    for (String name : generatedLooking()) {
      if (!files.containsKey(name)) {
        Files.delete(SCHEMAS.resolve(name));
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(SCHEMAS.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> generatedLooking() throws IOException {
    try (Stream<Path> files = Files.list(SCHEMAS)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") || n.endsWith(".pin"))
          .sorted()
          .toList();
    }
  }
}
