package io.meshward.admission;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import io.meshward.testing.Golden;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of {@code POST /validate}: each {@code admission/validate/NAME.request.yaml} (an
 * AdmissionReview, YAML for readability, posted as JSON) must be answered exactly as {@code
 * NAME.response.json}. Regenerate with {@code ./mvnw test -Dgolden.update=true}.
 */
@QuarkusTest
class ValidateGoldenTest {

  static final Path DIR = Path.of("src/test/resources/admission/validate");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".request.yaml"))
          .map(n -> n.substring(0, n.length() - ".request.yaml".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answersAsTheGoldenFile(String name) throws IOException {
    JsonNode request = Json.YAML.readTree(DIR.resolve(name + ".request.yaml").toFile());
    String body =
        given()
            .contentType(ContentType.JSON)
            .body(Json.MAPPER.writeValueAsString(request))
            .post("/validate")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String pretty =
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.MAPPER.readTree(body))
            + "\n";
    Golden.assertMatches(DIR.resolve(name + ".response.json"), pretty);
  }
}
