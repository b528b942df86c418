package io.meshward.kubernetes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.meshward.core.Json;
import io.meshward.testing.AdmissionReviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mesh DELETE against the fabric8 mock API server in CRUD mode. */
@QuarkusTest
@WithKubernetesTestServer(crud = true)
class MeshDeleteTest {

  @Inject KubernetesClient client;

  @BeforeEach
  void dataplanes() {
    var dataplanes = client.genericKubernetesResources(KubernetesDataplaneDirectory.DATAPLANES);
    dataplanes.inAnyNamespace().delete();
    dataplanes.resource(dataplane("web-1", "apps", "demo", null)).create();
    dataplanes.resource(dataplane("api-1", "team-b", null, "labelled")).create();
  }

  private static GenericKubernetesResource dataplane(
      String name, String namespace, String meshField, String meshLabel) {
    GenericKubernetesResource dp = new GenericKubernetesResource();
    dp.setApiVersion("kuma.io/v1alpha1");
    dp.setKind("Dataplane");
    dp.setMetadata(
        new ObjectMetaBuilder()
            .withName(name)
            .withNamespace(namespace)
            .withLabels(meshLabel == null ? Map.of() : Map.of("kuma.io/mesh", meshLabel))
            .build());
    if (meshField != null) {
      dp.setAdditionalProperty("mesh", meshField);
    }
    dp.setAdditionalProperty("spec", Map.of("networking", Map.of("address", "10.0.0.1")));
    return dp;
  }

  private static String deleteMesh(String name) {
    ObjectNode mesh = Json.MAPPER.createObjectNode();
    mesh.put("apiVersion", "kuma.io/v1alpha1");
    mesh.put("kind", "Mesh");
    mesh.putObject("metadata").put("name", name);
    mesh.putObject("spec");
    return AdmissionReviews.review("DELETE", null, mesh).toString();
  }

  @Test
  void refusesToDeleteAMeshWithDataplanesAsKumaDoes() {
    given()
        .contentType(ContentType.JSON)
        .body(deleteMesh("demo"))
        .post("/validate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(false))
        .body("response.status.code", equalTo(400))
        .body(
            "response.status.message",
            equalTo("mesh: unable to delete mesh, there are still some dataplanes attached"));
  }

  @Test
  void findsDataplanesByTheirMeshLabel() {
    given()
        .contentType(ContentType.JSON)
        .body(deleteMesh("labelled"))
        .post("/validate")
        .then()
        .body("response.allowed", equalTo(false))
        .body("response.status.code", equalTo(400));
  }

  @Test
  void allowsDeletingAMeshWithoutDataplanes() {
    given()
        .contentType(ContentType.JSON)
        .body(deleteMesh("empty"))
        .post("/validate")
        .then()
        .body("response.allowed", equalTo(true))
        .body("response.status.code", equalTo(200));
  }
}
