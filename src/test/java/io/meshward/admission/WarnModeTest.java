package io.meshward.admission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.meshward.core.Json;
import io.meshward.testing.AdmissionReviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code meshward.admission.enforcement=warn}: denials become warnings for a first rollout. */
@QuarkusTest
@TestProfile(WarnModeTest.Warn.class)
class WarnModeTest {

  /** Warn mode. */
  public static class Warn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("meshward.admission.enforcement", "warn");
    }
  }

  @Test
  void allowsAndSaysWhatWouldBeDenied() throws Exception {
    var mpp =
        Json.YAML.readTree(
            """
            apiVersion: kuma.io/v1alpha1
            kind: MeshProxyPatch
            metadata: {name: mpp, namespace: kuma-system, labels: {kuma.io/mesh: default}}
            spec:
              default:
                appendModifications:
                - cluster: {operation: Add, match: {name: x}, value: "name: x"}
            """);
    given()
        .contentType(ContentType.JSON)
        .body(AdmissionReviews.review("CREATE", mpp, null).toString())
        .post("/validate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(true))
        .body(
            "response.warnings",
            hasItem(
                "meshward would deny (warn mode): spec.default.appendModifications[0].cluster.match:"
                    + " must not be defined"))
        .body("response.auditAnnotations.rule", equalTo("meshproxypatch"))
        .body(
            "response.auditAnnotations.'would-deny'",
            startsWith("spec.default.appendModifications[0].cluster.match"));
  }
}
