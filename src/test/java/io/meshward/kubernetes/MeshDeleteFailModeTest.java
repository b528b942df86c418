package io.meshward.kubernetes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.meshward.core.Json;
import io.meshward.testing.AdmissionReviews;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mesh DELETE when the Kubernetes API does not answer: fail mode closed (the default). */
@QuarkusTest
@QuarkusTestResource(value = UnreachableApiServer.class, restrictToAnnotatedClass = true)
@TestProfile(MeshDeleteFailModeTest.Closed.class)
class MeshDeleteFailModeTest {

  /** Its own profile, so that the unreachable API server does not leak into other tests. */
  public static class Closed implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("meshward.kubernetes.fail-mode", "closed");
    }
  }

  static String deleteMesh() throws Exception {
    var mesh =
        Json.MAPPER.readTree(
            "{\"apiVersion\":\"kuma.io/v1alpha1\",\"kind\":\"Mesh\","
                + "\"metadata\":{\"name\":\"demo\"},\"spec\":{}}");
    return AdmissionReviews.review("DELETE", null, mesh).toString();
  }

  @Test
  void refusesWithinTheBudgetWhenTheApiHangs() throws Exception {
    // A first question warms the client up, so that only the budget is measured below.
    given().contentType(ContentType.JSON).body(deleteMesh()).post("/validate");
    long start = System.nanoTime();
    given()
        .contentType(ContentType.JSON)
        .body(deleteMesh())
        .post("/validate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(false))
        .body("response.status.code", equalTo(503))
        .body("response.status.message", containsString("did not answer within PT0.3S"));
    // The budget is 300 ms: the answer must not wait for the 30 s client timeout.
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
  }
}
