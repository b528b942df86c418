package io.meshward.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.meshward.core.Json;
import io.meshward.xds.server.XdsServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
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
  void listsTheApiServerOnceItAnswers() throws Exception {
    Thread.sleep(1_500); // the first listings fail: connection refused
    assertThat(informers.unsyncedKinds()).hasSize(KumaReads.RESOURCES.size());

    var server = LateApiServer.startServer();
    KubernetesClient client = server.createClient();
    GenericKubernetesResource mesh =
        Json.MAPPER.treeToValue(
            Json.YAML.readTree(
                "{apiVersion: kuma.io/v1alpha1, kind: Mesh, metadata: {name: late}, spec: {}}"),
            GenericKubernetesResource.class);
    client
        .genericKubernetesResources(InformersTest.context("meshes", "Mesh"))
        .resource(mesh)
        .create();

    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!informers.unsyncedKinds().isEmpty() || xds.store().find("Mesh", "", "late") == null) {
      assertThat(System.nanoTime()).as("listed after the API server came up").isLessThan(deadline);
      Thread.sleep(100);
    }
  }
}
