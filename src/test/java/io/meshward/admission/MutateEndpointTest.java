package io.meshward.admission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.zjsonpatch.JsonPatch;
import io.meshward.core.Json;
import io.meshward.testing.AdmissionReviews;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Base64;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MutateEndpointTest {

  private static ObjectNode misspelled() throws Exception {
    return (ObjectNode)
        Json.YAML.readTree(
            """
            apiVersion: kuma.io/v1alpha1
            kind: MeshProxyPatch
            metadata: {name: mpp, namespace: kuma-system}
            spec:
              default:
                appendModifications:
                - cluster: {operation: remove, match: {origin: Transparent}}
            """);
  }

  @Test
  void validateJudgesTheMutatedObjectAsAllowed() throws Exception {
    ObjectNode object = misspelled();
    given()
        .contentType(ContentType.JSON)
        .body(AdmissionReviews.review("CREATE", object, null).toString())
        .post("/validate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(false));
    String mutated =
        given()
            .contentType(ContentType.JSON)
            .body(AdmissionReviews.review("CREATE", object, null).toString())
            .post("/mutate")
            .then()
            .statusCode(200)
            .body("response.allowed", equalTo(true))
            .extract()
            .asString();
    JsonNode patch =
        Json.MAPPER.readTree(
            Base64.getDecoder()
                .decode(Json.MAPPER.readTree(mutated).at("/response/patch").asText()));
    JsonNode fixed = JsonPatch.apply(patch, object);
    given()
        .contentType(ContentType.JSON)
        .body(AdmissionReviews.review("CREATE", fixed, null).toString())
        .post("/validate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(true));
  }

  @Test
  void aCreateWithoutObjectIsAdmittedWithoutPatch() {
    ObjectNode review = AdmissionReviews.review("CREATE", null, Json.MAPPER.createObjectNode());
    ((ObjectNode) review.get("request")).put("operation", "CREATE");
    ((ObjectNode) review.get("request").get("kind")).put("kind", "MeshProxyPatch");
    given()
        .contentType(ContentType.JSON)
        .body(review.toString())
        .post("/mutate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(true))
        .body("response.patch", nullValue());
  }

  @Test
  void refusesAnEmptyBody() {
    given().contentType(ContentType.JSON).post("/mutate").then().statusCode(400);
  }
}
