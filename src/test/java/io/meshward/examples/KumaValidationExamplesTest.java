package io.meshward.examples;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.meshward.core.Json;
import io.meshward.testing.AdmissionReviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Kuma validation case in {@code kuma-examples/validation/} (Kuma v2.14.3's own validator
 * tests, as data) goes through {@code POST /validate} and must get Kuma's verdict and violations.
 *
 * <p>Cases the API server would reject by the CRD schema first ({@code passes_crd_schema: false})
 * may carry schema violations beside Kuma's; every other case must give exactly Kuma's violations,
 * in Kuma's order.
 */
@QuarkusTest
@WithKubernetesTestServer(crud = true)
@TestProfile(KumaValidationExamplesTest.KumaAdmission.class)
class KumaValidationExamplesTest {

  /**
   * The default configuration, in an application of its own so that no proxy admitted by another
   * test is known. Kuma's valid examples include patches that fail when config is generated; with
   * no known proxy the render check only warns about them (its own tests cover the denials), so the
   * verdicts are Kuma's.
   */
  public static class KumaAdmission implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("meshward.xds.render-check-representative", "warn");
    }
  }

  static final Path DIR = Path.of("src/test/resources/kuma-examples/validation");

  @Inject KubernetesClient client;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  record Cause(String field, String message) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void agreesWithKuma(String file) throws IOException {
    JsonNode c = Json.YAML.readTree(DIR.resolve(file).toFile());
    String operation = c.path("operation").asText("CREATE");
    JsonNode object = c.get("k8s_object");
    JsonNode old = c.get("old_k8s_object");
    if (operation.equals("DELETE")) {
      if (c.has("precondition")) {
        attachDataplane(old.path("metadata").path("name").asText());
      }
      object = null;
    }
    String body = AdmissionReviews.review(operation, object, old).toString();
    JsonNode response =
        Json.MAPPER.readTree(
            given()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/validate")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    JsonNode r = response.path("response");
    boolean valid = c.path("expect").asText().equals("valid");
    assertThat(r.path("allowed").asBoolean()).as("allowed; response %s", r).isEqualTo(valid);
    if (c.path("admission_response").has("code")) {
      assertThat(r.path("status").path("code").asInt())
          .as("status.code; response %s", r)
          .isEqualTo(c.path("admission_response").path("code").asInt());
    }
    if (operation.equals("DELETE")) {
      if (!valid) {
        assertThat(r.path("status").path("message").asText())
            .isEqualTo(c.path("error_string").asText());
      }
      return;
    }
    List<Cause> expected = new ArrayList<>();
    for (JsonNode v : c.path("violations")) {
      expected.add(
          new Cause(
              v.path("webhook_field").asText(v.path("field").asText()),
              v.path("message").asText()));
    }
    List<Cause> actual = new ArrayList<>();
    for (JsonNode cause : r.path("status").path("details").path("causes")) {
      actual.add(new Cause(cause.path("field").asText(), cause.path("message").asText()));
    }
    boolean crdRejects = !c.path("crd_schema_check").path("passes_crd_schema").asBoolean(true);
    if (crdRejects) {
      assertThat(actual).as("response %s", r).containsSubsequence(expected);
    } else {
      assertThat(actual).as("response %s", r).containsExactlyElementsOf(expected);
    }
  }

  private void attachDataplane(String mesh) {
    var dataplanes =
        client.genericKubernetesResources(
            io.meshward.kubernetes.KubernetesDataplaneDirectory.DATAPLANES);
    GenericKubernetesResource dp = new GenericKubernetesResource();
    dp.setApiVersion("kuma.io/v1alpha1");
    dp.setKind("Dataplane");
    dp.setMetadata(new ObjectMetaBuilder().withName("dp-" + mesh).withNamespace("apps").build());
    dp.setAdditionalProperty("mesh", mesh);
    dataplanes.resource(dp).createOr(existing -> existing.update());
  }
}
