package io.meshward.admission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import io.meshward.testing.AdmissionReviews;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ValidateEndpointTest {

  private static ObjectNode meshProxyPatch() throws Exception {
    return (ObjectNode)
        Json.YAML.readTree(
            """
            apiVersion: kuma.io/v1alpha1
            kind: MeshProxyPatch
            metadata:
              name: mpp
              namespace: kuma-system
              labels: {kuma.io/mesh: default}
            spec:
              targetRef: {kind: Mesh}
              default:
                appendModifications:
                - cluster: {operation: Remove, match: {name: outbound:passthrough:ipv4}}
            """);
  }

  @Test
  void answersWithTheRequestUidAndApiVersion() throws Exception {
    ObjectNode review = AdmissionReviews.review("CREATE", meshProxyPatch(), null);
    review.put("apiVersion", "admission.k8s.io/v1beta1");
    given()
        .contentType(ContentType.JSON)
        .body(review.toString())
        .post("/validate")
        .then()
        .statusCode(200)
        .body("apiVersion", equalTo("admission.k8s.io/v1beta1"))
        .body("kind", equalTo("AdmissionReview"))
        .body("response.uid", equalTo("705ab4f5-6393-11e8-b7cc-42010a800002"))
        .body("response.allowed", equalTo(true))
        .body("response.status.code", equalTo(200));
  }

  @Test
  void refusesABodyThatIsNotJson() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"apiVersion\": ")
        .post("/validate")
        .then()
        .statusCode(400)
        .body(containsString("body is not valid JSON"));
  }

  @Test
  void refusesJsonThatIsNotAnAdmissionReview() {
    for (String body :
        new String[] {
          "[]",
          "42",
          "{}",
          "{\"apiVersion\":\"v1\",\"kind\":\"Pod\"}",
          "{\"apiVersion\":\"admission.k8s.io/v2\",\"kind\":\"AdmissionReview\",\"request\":{}}",
          "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\"}",
          "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{}}",
          "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\","
              + "\"request\":{\"uid\":\"1\",\"operation\":\"PATCH\"}}"
        }) {
      String reason =
          given()
              .contentType(ContentType.JSON)
              .body(body)
              .post("/validate")
              .then()
              .statusCode(400)
              .extract()
              .asString();
      assertThat(reason).as(body).isNotBlank().doesNotContain("allowed").hasLineCount(1);
    }
  }

  @Test
  void refusesAnEmptyBody() {
    given().contentType(ContentType.JSON).post("/validate").then().statusCode(400);
  }

  @Test
  void deniesAKumaObjectThatCannotBeDecoded() throws Exception {
    ObjectNode object = meshProxyPatch();
    object.put("spec", "not an object");
    given()
        .contentType(ContentType.JSON)
        .body(AdmissionReviews.review("CREATE", object, null).toString())
        .post("/validate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(false))
        .body("response.status.code", equalTo(400))
        .body("response.status.message", containsString("spec is not an object"));
  }

  @Test
  void deniesACreateWithoutObject() {
    ObjectNode review = AdmissionReviews.review("CREATE", null, Json.MAPPER.createObjectNode());
    given()
        .contentType(ContentType.JSON)
        .body(review.toString())
        .post("/validate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(false))
        .body("response.status.code", equalTo(400));
  }

  @Test
  void allowsKindsItDoesNotKnow() throws Exception {
    ObjectNode pod =
        (ObjectNode)
            Json.MAPPER.readTree(
                "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\"},"
                    + "\"spec\":\"anything\"}");
    given()
        .contentType(ContentType.JSON)
        .body(AdmissionReviews.review("CREATE", pod, null).toString())
        .post("/validate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(true))
        .body("response.warnings", nullValue());
  }

  @Test
  void judgesTheOldObjectOnDelete() throws Exception {
    ObjectNode old = meshProxyPatch();
    old.put("spec", 7);
    given()
        .contentType(ContentType.JSON)
        .body(AdmissionReviews.review("DELETE", null, old).toString())
        .post("/validate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(false))
        .body("response.status.code", equalTo(400));
    given()
        .contentType(ContentType.JSON)
        .body(AdmissionReviews.review("DELETE", null, meshProxyPatch()).toString())
        .post("/validate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(true));
  }

  @Test
  void aMeshKumaCannotDecodeIsErroredWith400AndNoCauses() throws Exception {
    ObjectNode mesh =
        (ObjectNode)
            io.meshward.core.Json.YAML.readTree(
                "apiVersion: kuma.io/v1alpha1\nkind: Mesh\nmetadata: {name: m}\n"
                    + "spec: {mtls: {backends: [{name: a, type: builtin, mode: LOOSE}]}}");
    given()
        .contentType(ContentType.JSON)
        .body(AdmissionReviews.review("CREATE", mesh, null).toString())
        .post("/validate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(false))
        .body("response.status.code", equalTo(400))
        .body("response.status.reason", nullValue())
        .body("response.status.status", nullValue()) // admission.Errored carries none
        .body("response.status.details", nullValue())
        .body("response.status.message", containsString("invalid value for enum field mode"));
  }

  @Test
  void reportsAnInvalidOriginLabelLikeKuma() throws Exception {
    ObjectNode object = meshProxyPatch();
    ((ObjectNode) object.path("metadata").path("labels")).put("kuma.io/origin", "elsewhere");
    given()
        .contentType(ContentType.JSON)
        .body(AdmissionReviews.review("CREATE", object, null).toString())
        .post("/validate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(false))
        .body("response.status.code", equalTo(422))
        .body("response.status.reason", equalTo("Invalid"))
        .body("response.status.details.kind", equalTo("MeshProxyPatch"))
        .body("response.status.details.name", equalTo("mpp"))
        .body("response.status.details.causes[0].field", equalTo("labels[\"kuma.io/origin\"]"))
        .body(
            "response.status.details.causes[0].message",
            equalTo("unknown resource origin \"elsewhere\""))
        .body("response.status.details.causes[0].reason", equalTo("FieldValueInvalid"));
  }

  @Test
  void anEmptyOriginLabelCountsAsNoLabel() throws Exception {
    ObjectNode object = meshProxyPatch();
    ((ObjectNode) object.path("metadata").path("labels")).put("kuma.io/origin", "");
    given()
        .contentType(ContentType.JSON)
        .body(AdmissionReviews.review("CREATE", object, null).toString())
        .post("/validate")
        .then()
        .statusCode(200)
        .body("response.allowed", equalTo(true));
  }
}
