package io.meshward.admission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.core.Json;
import io.meshward.testing.AdmissionReviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The metrics named in the operations contract appear at {@code /q/metrics} after requests. */
@QuarkusTest
@TestProfile(MetricsTest.FileSource.class)
class MetricsTest {

  /** Guards ask a stats snapshot, so that traffic questions are recorded too. */
  public static class FileSource implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "meshward.traffic.source", "file",
          "meshward.traffic.file", "src/test/resources/traffic/idle-passthrough.prom");
    }
  }

  private static void post(String path, String operation, String yaml) throws Exception {
    given()
        .contentType(ContentType.JSON)
        .body(AdmissionReviews.review(operation, Json.YAML.readTree(yaml), null).toString())
        .post(path)
        .then()
        .statusCode(200);
  }

  private static double value(String metrics, String series) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(metrics);
    assertThat(m.find()).as("series %s in\n%s", series, metrics).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void recordsAdmissionsViolationsTrafficQuestionsAndCertificateExpiry() throws Exception {
    String denied =
        """
        apiVersion: kuma.io/v1alpha1
        kind: MeshProxyPatch
        metadata: {name: metrics, namespace: kuma-system, labels: {kuma.io/mesh: default}}
        spec:
          targetRef: {kind: Mesh}
          default:
            appendModifications:
            - cluster: {operation: Add, match: {name: x}, value: "name: x"}
        """;
    post("/validate", "CREATE", denied);
    post("/validate", "CREATE", denied);
    post(
        "/validate",
        "CREATE",
        """
        apiVersion: kuma.io/v1alpha1
        kind: Mesh
        metadata: {name: metrics}
        spec: {networking: {outbound: {passthrough: false}}}
        """);
    post("/mutate", "CREATE", denied);

    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(
            value(
                metrics,
                "meshward_admission_requests_total{allowed=\"false\",kind=\"MeshProxyPatch\","
                    + "operation=\"CREATE\",webhook=\"validate\"}"))
        .isGreaterThanOrEqualTo(2);
    assertThat(
            value(
                metrics,
                "meshward_admission_requests_total{allowed=\"true\",kind=\"MeshProxyPatch\","
                    + "operation=\"CREATE\",webhook=\"mutate\"}"))
        .isGreaterThanOrEqualTo(1);
    assertThat(metrics).contains("meshward_admission_duration_seconds_bucket{");
    assertThat(value(metrics, "meshward_rule_violations_total{rule=\"meshproxypatch\"}"))
        .isGreaterThanOrEqualTo(2);
    assertThat(
            value(
                metrics,
                "meshward_traffic_source_requests_total{outcome=\"measured\",source=\"file\"}"))
        .isGreaterThanOrEqualTo(1);
    assertThat(metrics).contains("meshward_traffic_source_duration_seconds_count{");
    double expiry = value(metrics, "meshward_certificate_expiry_timestamp_seconds");
    assertThat(expiry).isGreaterThan(System.currentTimeMillis() / 1000.0);
  }
}
