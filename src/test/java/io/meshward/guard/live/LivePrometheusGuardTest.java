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
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Turning passthrough off through {@code /validate} against a real Prometheus scraping a growing,
 * then flat, passthrough counter; switching mTLS to STRICT while inbound passthrough connections
 * grow; then with Prometheus stopped.
 */
@QuarkusTest
@QuarkusTestResource(value = RealPrometheus.class, restrictToAnnotatedClass = true)
@TestProfile(LivePrometheusGuardTest.Profile.class)
class LivePrometheusGuardTest {

  static final Duration BUDGET = Duration.ofSeconds(2);

  /** Prometheus source with a 5s window, no answer reuse, fail mode closed. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "meshward.traffic.source", "prometheus",
          "meshward.traffic.window", "5s",
          "meshward.traffic.budget", "2s",
          "meshward.traffic.cache-ttl", "0s",
          "meshward.traffic.fail-mode", "closed");
    }
  }

  static String passthroughOffReview() throws Exception {
    String off =
        "apiVersion: kuma.io/v1alpha1\nkind: Mesh\nmetadata: {name: default}\n"
            + "spec: {networking: {outbound: {passthrough: false}}}";
    String on = "apiVersion: kuma.io/v1alpha1\nkind: Mesh\nmetadata: {name: default}\nspec: {}";
    return AdmissionReviews.review("UPDATE", Json.YAML.readTree(off), Json.YAML.readTree(on))
        .toString();
  }

  static JsonPath validate() throws Exception {
    return given()
        .contentType(ContentType.JSON)
        .body(passthroughOffReview())
        .post("/validate")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static String mtlsMesh(String mode) {
    return "apiVersion: kuma.io/v1alpha1\nkind: Mesh\nmetadata: {name: default}\n"
        + "spec: {mtls: {enabledBackend: ca-1, backends: [{name: ca-1, type: builtin, mode: "
        + mode
        + "}]}}";
  }

  static JsonPath review(String object, String oldObject) throws Exception {
    return given()
        .contentType(ContentType.JSON)
        .body(
            AdmissionReviews.review(
                    "UPDATE", Json.YAML.readTree(object), Json.YAML.readTree(oldObject))
                .toString())
        .post("/validate")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Polls until the answer satisfies {@code wanted}, for at most {@code seconds}. */
  static JsonPath until(java.util.function.Predicate<JsonPath> wanted, int seconds)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    JsonPath answer = validate();
    while (!wanted.test(answer) && System.nanoTime() < deadline) {
      RealPrometheus.sleep(500);
      answer = validate();
    }
    return answer;
  }

  @Test
  void deniedWhileTheCounterGrowsAllowedOnceFlatAndFailClosedWhenStopped() throws Exception {
    Assumptions.assumeTrue(
        RealPrometheus.available(),
        "the prometheus binary is not installed (apt-get install prometheus); CI installs it");
    RealPrometheus.GROWING.set(true);
    // A young Prometheus has no samples yet, which fail mode closed also denies: wait for a
    // denial that carries a measurement.
    JsonPath denied =
        until(
            a ->
                !a.getBoolean("response.allowed")
                    && a.getString("response.status.message").contains("connections/s"),
            25);
    assertThat(denied.getBoolean("response.allowed")).isFalse();
    assertThat(denied.getInt("response.status.code")).isEqualTo(422);
    assertThat(denied.getString("response.status.details.causes[0].field"))
        .isEqualTo("spec.networking.outbound.passthrough");
    assertThat(denied.getString("response.status.details.causes[0].message"))
        .contains("new passthrough connections/s over 5s")
        .contains("top dataplanes: web-1");

    RealPrometheus.GROWING.set(false);
    JsonPath allowed = until(a -> a.getBoolean("response.allowed"), 20);
    assertThat(allowed.getBoolean("response.allowed")).isTrue();

    // Into STRICT: no plaintext connection, so not refused, but a warning for the connections to
    // undeclared ports that strict inbound ports would cut.
    JsonPath strict = review(mtlsMesh("STRICT"), mtlsMesh("PERMISSIVE"));
    assertThat(strict.getBoolean("response.allowed")).isTrue();
    assertThat(strict.getList("response.warnings", String.class))
        .singleElement()
        .asString()
        .contains("would cut inbound passthrough traffic in mesh \"default\"")
        .contains("new inbound passthrough connections/s over 5s");

    RealPrometheus.stopPrometheus();
    long start = System.nanoTime();
    JsonPath stopped = validate();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(stopped.getBoolean("response.allowed")).isFalse();
    assertThat(stopped.getString("response.status.details.causes[0].message"))
        .contains("could not verify")
        .contains("(fail mode closed)");
    assertThat(millis).isLessThan(BUDGET.toMillis() + 500);
  }
}
