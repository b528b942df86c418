package io.meshward.kubernetes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.meshward.bench.MockApiServer;
import io.meshward.core.Json;
import io.meshward.testing.AdmissionReviews;
import io.meshward.xds.ProxyIdentity;
import io.meshward.xds.server.Snapshots;
import io.meshward.xds.server.XdsServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** With {@code meshward.kubernetes.watch=true} the generator serves what the API server stored. */
@QuarkusTest
@WithKubernetesTestServer(crud = true)
@TestProfile(InformersTest.Watching.class)
class InformersTest {

  /** Watching, with a short settle time. */
  public static class Watching implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("meshward.kubernetes.watch", "true", "meshward.kubernetes.watch-settle", "3s");
    }
  }

  @Inject KubernetesClient client;
  @Inject XdsServer xds;
  @Inject KumaInformers informers;

  private static final ProxyIdentity WEB = ProxyIdentity.of("watched", "web-1", "apps");

  private GenericKubernetesResource create(String plural, String yaml) throws Exception {
    return client
        .genericKubernetesResources(KumaReads.context(plural))
        .resource(MockApiServer.resource(yaml))
        .create();
  }

  /** A Mesh and one Dataplane of it in namespace {@code apps}, with transparent proxying. */
  private void createMeshWithADataplane(String mesh, String name, String address, String app)
      throws Exception {
    create(
        "meshes",
        "{apiVersion: kuma.io/v1alpha1, kind: Mesh, metadata: {name: %s}, spec: {}}"
            .formatted(mesh));
    create(
        "dataplanes",
        """
        apiVersion: kuma.io/v1alpha1
        kind: Dataplane
        mesh: %s
        metadata: {name: %s, namespace: apps, labels: {app: %s}}
        spec:
          networking:
            address: %s
            inbound: [{port: 8080, tags: {kuma.io/service: %s}}]
            transparentProxying: {redirectPortInbound: 15006, redirectPortOutbound: 15001}
        """
            .formatted(mesh, name, app, address, app));
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private int maxConnections() {
    Snapshots.Served served = xds.snapshots().served(WEB);
    if (served == null) {
      return -1;
    }
    return served.resources().stream()
        .filter(r -> r.name().equals("outbound:passthrough:ipv4"))
        .map(r -> (io.envoyproxy.envoy.config.cluster.v3.Cluster) r.resource())
        .mapToInt(
            c ->
                c.getCircuitBreakers().getThresholdsCount() == 0
                    ? 0
                    : c.getCircuitBreakers().getThresholds(0).getMaxConnections().getValue())
        .findFirst()
        .orElse(-1);
  }

  @Test
  void servesWhatTheApiServerStored() throws Exception {
    createMeshWithADataplane("watched", "web-1", "10.0.0.1", "web");
    await("the Dataplane is rendered", () -> maxConnections() == 0);
    create("meshproxypatches", PATCH);
    await("the patch is served", () -> maxConnections() == 2048);
    given()
        .get("/inspect/meshes/watched/xds?dataplane=web-1&namespace=apps")
        .then()
        .statusCode(200)
        .body(
            "resources.find { it.name == 'outbound:passthrough:ipv4' }"
                + ".resource.circuitBreakers.thresholds[0].maxConnections",
            equalTo(2048));

    client
        .genericKubernetesResources(KumaReads.context("meshproxypatches"))
        .inNamespace("kuma-system")
        .withName("breakers")
        .delete();
    await("the deleted patch is gone", () -> maxConnections() == 0);
  }

  @Test
  void aPatchIsJudgedOnTheDataplanesTheApiServerHas() throws Exception {
    createMeshWithADataplane("judged", "api-1", "10.0.0.2", "api");
    await("the Dataplane is known", () -> !xds.store().proxies("judged").isEmpty());
    JsonNode broken =
        Json.YAML.readTree(
            """
            apiVersion: kuma.io/v1alpha1
            kind: MeshProxyPatch
            metadata: {name: broken, namespace: kuma-system, labels: {kuma.io/mesh: judged}}
            spec:
              targetRef: {kind: Mesh}
              default:
                appendModifications:
                  - cluster:
                      operation: Patch
                      match: {name: outbound:passthrough:ipv4}
                      jsonPatches: [{op: replace, path: /noSuchField/x, value: 1}]
            """);
    // Without a known proxy this is only a warning (the representative proxy); the watched
    // Dataplane makes it a denial, as on every replica of the Deployment.
    given()
        .contentType(ContentType.JSON)
        .body(AdmissionReviews.review("CREATE", broken, null).toString())
        .post("/validate")
        .then()
        .body("response.allowed", equalTo(false))
        .body("response.status.code", equalTo(422))
        .body(
            "response.status.details.causes[0].message",
            org.hamcrest.Matchers.containsString("(on proxy api-1.apps)"));
  }

  @Test
  void aDataplaneMovedToAnotherMeshAndDeletedLeavesNoProxyBehind() throws Exception {
    createMeshWithADataplane("moved-from", "mover", "10.0.0.3", "mover");
    await("the Dataplane is known", () -> xds.store().proxies("moved-from").size() == 1);
    GenericKubernetesResource cached = informers.cachedDataplane("apps", "mover");
    assertThat(cached.getAdditionalProperties())
        .as("the informer keeps only the key, kind, mesh and labels of a Dataplane")
        .containsEntry("mesh", "moved-from")
        .doesNotContainKey("spec");
    assertThat(cached.getMetadata().getLabels()).containsEntry("app", "mover");

    var dataplanes =
        client.genericKubernetesResources(KumaReads.context("dataplanes")).inNamespace("apps");
    GenericKubernetesResource moved = dataplanes.withName("mover").get();
    moved.setAdditionalProperty("mesh", "moved-to");
    dataplanes.resource(moved).update();
    await("the proxy moved", () -> xds.store().proxies("moved-to").size() == 1);
    assertThat(xds.store().proxies("moved-from")).isEmpty();
    assertThat(informers.cachedDataplanes("moved-to")).isEqualTo(1);
    assertThat(informers.cachedDataplanes("moved-from")).isZero();

    dataplanes.withName("mover").delete();
    await("the proxy is gone", () -> xds.store().proxies("moved-to").isEmpty());
    assertThat(informers.cachedDataplanes("moved-to")).isZero();
  }

  @Test
  void readinessSaysTheListingIsDone() throws Exception {
    await("the informers have listed", () -> informers.unsyncedKinds().isEmpty());
    Map<String, Object> check = WatchReadinessTimeoutTest.watchCheck();
    assertThat(check).containsEntry("status", "UP");
    assertThat(check.get("data").toString()).contains("synced=true").contains("watching=true");
  }

  @Test
  void anAdmittedObjectTheApiServerDidNotStoreIsForgotten() throws Exception {
    JsonNode phantom = Json.YAML.readTree(PATCH.replace("breakers", "phantom"));
    // A dry run first warms the webhook up, so that the next answer comes well within the settle.
    var dryRun = AdmissionReviews.review("CREATE", phantom, null);
    ((com.fasterxml.jackson.databind.node.ObjectNode) dryRun.get("request")).put("dryRun", true);
    given()
        .contentType(ContentType.JSON)
        .body(dryRun.toString())
        .post("/validate")
        .then()
        .body("response.allowed", equalTo(true));
    assertThat(xds.store().find("MeshProxyPatch", "kuma-system", "phantom")).isNull();
    given()
        .contentType(ContentType.JSON)
        .body(AdmissionReviews.review("CREATE", phantom, null).toString())
        .post("/validate")
        .then()
        .body("response.allowed", equalTo(true));
    assertThat(xds.store().find("MeshProxyPatch", "kuma-system", "phantom"))
        .as("admitted first")
        .isNotNull();
    await(
        "the phantom patch is forgotten",
        () -> xds.store().find("MeshProxyPatch", "kuma-system", "phantom") == null);
  }

  private static final String PATCH =
      """
      apiVersion: kuma.io/v1alpha1
      kind: MeshProxyPatch
      metadata:
        name: breakers
        namespace: kuma-system
        labels: {kuma.io/mesh: watched}
      spec:
        targetRef: {kind: Mesh}
        default:
          appendModifications:
            - cluster:
                operation: Patch
                match: {name: outbound:passthrough:ipv4}
                value: |
                  circuitBreakers:
                    thresholds:
                    - maxConnections: 2048
      """;
}
