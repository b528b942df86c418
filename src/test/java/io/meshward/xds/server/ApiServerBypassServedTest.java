package io.meshward.xds.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.meshward.core.Json;
import io.meshward.core.Operation;
import io.meshward.xds.ProxyIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With {@code meshward.xds.kube-api-server} set, proxies of a mesh with {@code passthrough: false}
 * are served Kuma's API-server bypass, and only those.
 */
@QuarkusTest
@TestProfile(ApiServerBypassServedTest.Profile.class)
class ApiServerBypassServedTest {

  /** An API server address, as on a cluster. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("meshward.xds.kube-api-server", "10.96.0.1:443");
    }
  }

  @Inject XdsServer xds;

  private void mesh(String name, boolean passthrough) throws Exception {
    xds.store()
        .accept(
            Operation.CREATE,
            Json.YAML.readTree(
                """
                apiVersion: kuma.io/v1alpha1
                kind: Mesh
                metadata: {name: %s}
                spec: {networking: {outbound: {passthrough: %s}}}
                """
                    .formatted(name, passthrough)),
            null);
    xds.store().putProxy(ProxyIdentity.of(name, "web", "apps"));
  }

  @Test
  void servedOnlyWhereThePassthroughIsOff() throws Exception {
    mesh("bypass-closed", false);
    mesh("bypass-open", true);
    given()
        .get("/inspect/meshes/bypass-closed/xds?dataplane=web&namespace=apps")
        .then()
        .statusCode(200)
        .body("resources.name", hasItem("plugins:bootstrap:k8s:hooks:apiServerBypass"))
        .body(
            "resources.find { it.name == 'plugins:bootstrap:k8s:hooks:apiServerBypass'"
                + " && it.resource.address != null }.resource.address.socketAddress.address",
            org.hamcrest.Matchers.equalTo("10.96.0.1"));
    given()
        .get("/inspect/meshes/bypass-open/xds?dataplane=web&namespace=apps")
        .then()
        .statusCode(200)
        .body("resources.name", not(hasItem("plugins:bootstrap:k8s:hooks:apiServerBypass")));
  }
}
