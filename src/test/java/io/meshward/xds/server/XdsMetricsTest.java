package io.meshward.xds.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import io.meshward.core.Operation;
import io.meshward.testing.AdmissionReviews;
import io.meshward.xds.ProxyIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Render outcomes and the snapshot version are exposed at {@code /q/metrics}. */
@QuarkusTest
class XdsMetricsTest {

  @Inject XdsServer xds;

  private static final String PATCH =
      """
      apiVersion: kuma.io/v1alpha1
      kind: MeshProxyPatch
      metadata: {name: %s, namespace: kuma-system, labels: {kuma.io/mesh: metrics-test}}
      spec:
        targetRef: {kind: Mesh}
        default:
          appendModifications:
            - cluster:
                operation: Patch
                match: {name: outbound:passthrough:ipv4}
                jsonPatches:
                  - {op: replace, path: %s, value: 42s}
      """;

  private static double metric(String body, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(body);
    assertThat(m.find()).as(series + " in\n" + body).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private static String metrics() {
    return given().get("/q/metrics").then().statusCode(200).extract().asString();
  }

  @Test
  void rendersAndVersionAreCounted() throws Exception {
    xds.store().putProxy(ProxyIdentity.of("metrics-test", "web", "apps"));
    String before = metrics();
    double successes = metric(before, "meshward_xds_renders_total{outcome=\"success\"}");
    double failures = metric(before, "meshward_xds_renders_total{outcome=\"failure\"}");

    JsonNode good = Json.YAML.readTree(PATCH.formatted("timeout", "/connectTimeout"));
    given()
        .contentType(ContentType.JSON)
        .body(AdmissionReviews.review("CREATE", good, null).toString())
        .post("/validate")
        .then()
        .body("response.allowed", equalTo(true));
    String after = metrics();
    assertThat(metric(after, "meshward_xds_renders_total{outcome=\"success\"}"))
        .isGreaterThan(successes);
    assertThat(metric(after, "meshward_xds_snapshot_version"))
        .isEqualTo(
            Double.parseDouble(
                xds.snapshots().served(ProxyIdentity.of("metrics-test", "web", "apps")).version()));

    // A render that fails (stored without the webhook's render check) is counted as a failure.
    JsonNode bad = Json.YAML.readTree(PATCH.formatted("broken", "/circuitBreakers/thresholds"));
    xds.store().accept(Operation.CREATE, bad, null);
    assertThat(metric(metrics(), "meshward_xds_renders_total{outcome=\"failure\"}"))
        .isEqualTo(failures + 1);
    xds.store().accept(Operation.DELETE, null, bad);
  }
}
