package io.meshward.kubernetes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.meshward.bench.MockApiServer;
import io.meshward.core.Json;
import io.meshward.testing.AdmissionReviews;
import io.meshward.xds.server.XdsServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The informers keep retrying while the API server cannot be reached, and list and watch it once it
 * answers: a replica started before its API server is never left blind.
 */
@QuarkusTest
@QuarkusTestResource(value = LateApiServer.class, restrictToAnnotatedClass = true)
@TestProfile(InformersRetryTest.Watching.class)
class InformersRetryTest {

  /** Watching. */
  public static class Watching implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // No retries inside the HTTP client: each failed listing reaches the informer's handler.
      return Map.of(
          "meshward.kubernetes.watch", "true",
          "quarkus.kubernetes-client.request-retry-backoff-limit", "0");
    }
  }

  @Inject KumaInformers informers;
  @Inject XdsServer xds;

  @Test
  void listsTheApiServerOnceItAnswersThenCountsDataplanesFromItsCache() throws Exception {
    Thread.sleep(1_500); // the first listings fail: connection refused
    assertThat(informers.unsyncedKinds()).hasSize(KumaReads.RESOURCES.size());

    var server = LateApiServer.startServer();
    KubernetesClient client = server.createClient();
    client
        .genericKubernetesResources(KumaReads.context("meshes"))
        .resource(
            MockApiServer.resource(
                "{apiVersion: kuma.io/v1alpha1, kind: Mesh, metadata: {name: late}, spec: {}}"))
        .create();

    client
        .genericKubernetesResources(KubernetesDataplaneDirectory.DATAPLANES)
        .resource(
            MockApiServer.resource(
                """
                apiVersion: kuma.io/v1alpha1
                kind: Dataplane
                mesh: late
                metadata: {name: web-1, namespace: apps}
                spec:
                  networking:
                    address: 10.0.0.1
                    inbound: [{port: 8080, tags: {kuma.io/service: web}}]
                    transparentProxying: {redirectPortInbound: 15006, redirectPortOutbound: 15001}
                """))
        .create();

    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!informers.unsyncedKinds().isEmpty()
        || xds.store().find("Mesh", "", "late") == null
        || xds.store().proxies("late").isEmpty()) {
      assertThat(System.nanoTime()).as("listed after the API server came up").isLessThan(deadline);
      Thread.sleep(100);
    }

    // With the API server gone, the Dataplane still counts: a Mesh DELETE is judged from the
    // informers' cache, without listing every Dataplane of the cluster.
    server.destroy();
    given()
        .contentType(ContentType.JSON)
        .body(
            AdmissionReviews.review(
                    "DELETE",
                    null,
                    Json.YAML.readTree(
                        "{apiVersion: kuma.io/v1alpha1, kind: Mesh, metadata: {name: late}}"))
                .toString())
        .post("/validate")
        .then()
        .body("response.allowed", equalTo(false))
        .body("response.status.code", equalTo(400))
        .body(
            "response.status.message",
            equalTo("mesh: unable to delete mesh, there are still some dataplanes attached"));
  }
}
