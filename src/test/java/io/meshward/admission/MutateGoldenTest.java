package io.meshward.admission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.zjsonpatch.JsonPatch;
import io.meshward.core.Json;
import io.meshward.testing.Golden;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of {@code POST /mutate}. Each {@code admission/mutate/NAME.request.yaml} (an
 * AdmissionReview, YAML for readability, posted as JSON) or {@code NAME.request.txt} (a raw body)
 * must be answered exactly as {@code NAME.response.json}: {@code {httpStatus, body, decodedPatch}},
 * where {@code decodedPatch} is the base64 {@code response.patch} decoded, for reviewers. Every
 * patch must apply to the request object, and the patched object must get no patch on a second
 * pass. Regenerate with {@code ./mvnw test -Dgolden.update=true}.
 */
@QuarkusTest
class MutateGoldenTest {

  static final Path DIR = Path.of("src/test/resources/admission/mutate");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.contains(".request."))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answersAsTheGoldenFile(String file) throws IOException {
    String name = file.substring(0, file.indexOf(".request."));
    JsonNode request = null;
    String body;
    if (file.endsWith(".yaml")) {
      request = Json.YAML.readTree(DIR.resolve(file).toFile());
      body = Json.MAPPER.writeValueAsString(request);
    } else {
      body = Files.readString(DIR.resolve(file));
    }
    Response response = post(body);
    ObjectNode golden = Json.MAPPER.createObjectNode();
    golden.put("httpStatus", response.statusCode());
    String text = response.asString();
    if (response.contentType().startsWith("application/json")) {
      JsonNode review = Json.MAPPER.readTree(text);
      golden.set("body", review);
      JsonNode patch = decodedPatch(review);
      if (patch != null) {
        golden.set("decodedPatch", patch);
        assertAppliesAndIsIdempotent(request, patch);
      }
    } else {
      golden.put("body", text);
    }
    Golden.assertMatches(
        DIR.resolve(name + ".response.json"),
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(golden) + "\n");
  }

  private static Response post(String body) {
    return given().contentType(ContentType.JSON).body(body).post("/mutate").andReturn();
  }

  private static JsonNode decodedPatch(JsonNode review) throws IOException {
    JsonNode patch = review.path("response").path("patch");
    if (!patch.isTextual()) {
      return null;
    }
    assertThat(review.path("response").path("patchType").asText()).isEqualTo("JSONPatch");
    byte[] bytes = Base64.getDecoder().decode(patch.asText());
    return Json.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
  }

  private static void assertAppliesAndIsIdempotent(JsonNode request, JsonNode patch)
      throws IOException {
    ObjectNode again = (ObjectNode) request.deepCopy();
    ObjectNode req = (ObjectNode) again.get("request");
    req.set("object", JsonPatch.apply(patch, req.get("object")));
    JsonNode second = Json.MAPPER.readTree(post(again.toString()).asString());
    assertThat(second.path("response").has("patch")).as("second pass patch").isFalse();
    assertThat(second.path("response").has("warnings")).as("second pass warnings").isFalse();
  }
}
