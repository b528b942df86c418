package io.meshward.xds.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import io.meshward.testing.AdmissionReviews;
import io.meshward.xds.XdsResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** {@code /validate} refuses a MeshProxyPatch that cannot be applied, and nothing is served. */
@QuarkusTest
class RenderCheckEndpointTest {

  @Inject XdsServer xds;

  @Test
  void aPatchFailingOnAKnownProxyIsRefusedAndNotServed() throws Exception {
    xds.store().putProxy(io.meshward.xds.ProxyIdentity.of("render-check", "web", "apps"));
    String before =
        xds.snapshots()
            .served(io.meshward.xds.ProxyIdentity.of("render-check", "web", "apps"))
            .version();
    ObjectNode patch =
        (ObjectNode)
            Json.YAML.readTree(
                """
                apiVersion: kuma.io/v1alpha1
                kind: MeshProxyPatch
                metadata:
                  name: missing-path
                  namespace: kuma-system
                  labels: {kuma.io/mesh: render-check}
                spec:
                  targetRef: {kind: Mesh}
                  default:
                    appendModifications:
                      - cluster:
                          operation: Patch
                          match: {name: outbound:passthrough:ipv4}
                          jsonPatches:
                            - {op: replace, path: /circuitBreakers/thresholds, value: []}
                """);
    given()
        .contentType(ContentType.JSON)
        .body(AdmissionReviews.review("CREATE", patch, null).toString())
        .post("/validate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(false))
        .body("response.status.code", equalTo(422))
        .body(
            "response.status.details.causes[0].field",
            equalTo("spec.default.appendModifications[0]"))
        .body("response.status.message", containsString("could not apply 0 modification: "))
        .body("response.status.message", containsString("(on proxy web.apps)"));
    Snapshots.Served served =
        xds.snapshots().served(io.meshward.xds.ProxyIdentity.of("render-check", "web", "apps"));
    assertThat(served.version()).isEqualTo(before);
    assertThat(served.resources())
        .extracting(XdsResource::name)
        .contains("outbound:passthrough:ipv4");
  }
}
