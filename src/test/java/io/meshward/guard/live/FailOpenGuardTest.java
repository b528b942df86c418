package io.meshward.guard.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.core.Json;
import io.meshward.testing.AdmissionReviews;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fail mode open through {@code /validate}: a Prometheus that never answers costs one budget. */
@QuarkusTest
@QuarkusTestResource(value = UnansweringPrometheus.class, restrictToAnnotatedClass = true)
@TestProfile(FailOpenGuardTest.Profile.class)
class FailOpenGuardTest {

  /** Prometheus source, budget 1s, fail mode open. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "meshward.traffic.source", "prometheus",
          "meshward.traffic.budget", "1s",
          "meshward.traffic.fail-mode", "open");
    }
  }

  @Test
  void allowsWithAWarningWithinTheBudget() throws Exception {
    warmUp();
    long start = System.nanoTime();
    JsonPath answer = LivePrometheusGuardTest.validate();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(answer.getBoolean("response.allowed")).isTrue();
    assertThat(answer.getString("response.warnings[0]"))
        .contains("could not verify outbound passthrough traffic in mesh \"default\"")
        .contains("did not answer within 1s")
        .endsWith("(allowed: fail mode open)");
    assertThat(millis).isLessThan(1000 + 500);
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
}
