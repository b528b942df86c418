package io.meshward.robustness;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** With {@code meshward.bench.noop=true}, {@code POST /noop} allows every request by its uid. */
@QuarkusTest
@TestProfile(RobustnessProfile.class)
class NoopAnswerTest {

  @Test
  void allowsTheRequestByItsUid() {
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\","
                + "\"request\":{\"uid\":\"7d3e\",\"operation\":\"CREATE\",\"object\":{}}}")
        .post("/noop")
        .then()
        .statusCode(200)
        .body("apiVersion", equalTo("admission.k8s.io/v1"))
        .body("response.uid", equalTo("7d3e"))
        .body("response.allowed", equalTo(true));
  }

  @Test
  void refusesABodyThatIsNotJson() {
    given().contentType(ContentType.JSON).body("{").post("/noop").then().statusCode(400);
  }
}
