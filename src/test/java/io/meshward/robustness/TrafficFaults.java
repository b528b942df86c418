package io.meshward.robustness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.core.Json;
import io.meshward.testing.AdmissionReviews;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Shared steps of the traffic-source fault tests. */
final class TrafficFaults {

  /** The traffic budget of the fault tests. */
  static final long BUDGET_MILLIS = 1_000;

  /** What an answer may take beyond the budget. */
  static final long SLACK_MILLIS = 500;

  private TrafficFaults() {}

  /** A Mesh UPDATE turning passthrough off: the passthrough guard asks the traffic source. */
  static String passthroughOff() throws Exception {
    String off =
        "apiVersion: kuma.io/v1alpha1\nkind: Mesh\nmetadata: {name: default}\n"
            + "spec: {networking: {outbound: {passthrough: false}}}";
    String on = "apiVersion: kuma.io/v1alpha1\nkind: Mesh\nmetadata: {name: default}\nspec: {}";
    return AdmissionReviews.review("UPDATE", Json.YAML.readTree(off), Json.YAML.readTree(on))
        .toString();
  }

  /** Answers a Mesh UPDATE the guards do not ask about, so that first-request costs are paid. */
  static void warmUp() throws Exception {
    String mesh = "apiVersion: kuma.io/v1alpha1\nkind: Mesh\nmetadata: {name: default}\nspec: {}";
    String review =
        AdmissionReviews.review("UPDATE", Json.YAML.readTree(mesh), Json.YAML.readTree(mesh))
            .toString();
    for (int i = 0; i < 3; i++) {
      given().contentType(ContentType.JSON).body(review).post("/validate").then().statusCode(200);
    }
  }

  /**
   * Sends the guarded change with the source in {@code fault}; asserts the answer came within
   * budget + slack and returns it.
   */
  static JsonPath guardedAnswer(FaultyPrometheus.Fault fault) throws Exception {
    FaultyPrometheus.fault(fault);
    String review = passthroughOff();
    long start = System.nanoTime();
    JsonPath answer =
        given()
            .contentType(ContentType.JSON)
            .body(review)
            .post("/validate")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis)
        .as("answer time with Prometheus " + fault)
        .isLessThan(BUDGET_MILLIS + SLACK_MILLIS);
    return answer;
  }
}
