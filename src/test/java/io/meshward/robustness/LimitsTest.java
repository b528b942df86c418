package io.meshward.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import io.meshward.testing.AdmissionReviews;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Size limits: bodies over 7 MiB are refused; long arrays and deep nesting are answered. */
@QuarkusTest
@TestProfile(RobustnessProfile.class)
class LimitsTest {

  /** Generous bound for one answer on a shared 2-core machine. */
  private static final long BOUND_MILLIS = 10_000;

  @TestHTTPResource URL url;

  private static ObjectNode meshTrafficPermission() throws Exception {
    return (ObjectNode)
        Json.YAML.readTree(
            """
            apiVersion: kuma.io/v1alpha1
            kind: MeshTrafficPermission
            metadata:
              name: mtp
              namespace: kuma-system
              labels: {kuma.io/mesh: default}
            spec:
              targetRef: {kind: Mesh}
              from: []
            """);
  }

  private HttpResponse<byte[]> timedPost(String endpoint, byte[] body) throws Exception {
    long start = System.nanoTime();
    HttpResponse<byte[]> answer = new Loopback(url.toString()).post(endpoint, body);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).as("answer time of /" + endpoint).isLessThan(BOUND_MILLIS);
    assertThat(AdmissionOracle.problem(endpoint, body, answer.statusCode(), answer.body()))
        .isNull();
    return answer;
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "mutate"})
  void refusesABodyOverSevenMebibytesWith413(String endpoint) throws Exception {
    ObjectNode object = meshTrafficPermission();
    ((ObjectNode) object.get("metadata"))
        .putObject("annotations")
        .put("big", "x".repeat(7 * 1024 * 1024));
    byte[] body = AdmissionReviews.review("CREATE", object, null).toString().getBytes();
    assertThat(body.length).isGreaterThan(7 * 1024 * 1024);
    assertThat(new Loopback(url.toString()).postExpectingContinue(endpoint, body).statusCode())
        .isEqualTo(413);
  }

  /**
   * Without {@code Expect}, the refusal is made on the declared length, before the body is read. (A
   * client that keeps writing a body the server will not read may see the connection reset before
   * it reads the 413, so this case is asserted on the headers alone.)
   */
  @ParameterizedTest
  @ValueSource(strings = {"validate", "mutate"})
  void refusesADeclaredLengthOverSevenMebibytesBeforeReadingTheBody(String endpoint)
      throws Exception {
    assertThat(
            new Loopback(url.toString())
                .statusLineForDeclaredLength(endpoint, 7L * 1024 * 1024 + 1))
        .startsWith("HTTP/1.1 413");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "mutate"})
  void answersTenThousandRules(String endpoint) throws Exception {
    ObjectNode object = meshTrafficPermission();
    ArrayNode from = ((ObjectNode) object.get("spec")).putArray("from");
    for (int i = 0; i < 10_000; i++) {
      ObjectNode rule = from.addObject();
      rule.putObject("targetRef").put("kind", "MeshService").put("name", "svc-" + i);
      rule.putObject("default").put("action", i % 2 == 0 ? "Allow" : "Deny");
    }
    HttpResponse<byte[]> answer = timedPost(endpoint, review(object));
    assertThat(answer.statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "mutate"})
  void answersATenThousandElementArrayOfScalars(String endpoint) throws Exception {
    ObjectNode object = meshTrafficPermission();
    ArrayNode from = ((ObjectNode) object.get("spec")).putArray("from");
    for (int i = 0; i < 10_000; i++) {
      from.add(i);
    }
    HttpResponse<byte[]> answer = timedPost(endpoint, review(object));
    assertThat(answer.statusCode()).isEqualTo(200);
    if (endpoint.equals("validate")) {
      assertThat(Json.MAPPER.readTree(answer.body()).path("response").path("allowed").asBoolean())
          .isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "mutate"})
  void answersHundredLevelNesting(String endpoint) throws Exception {
    for (boolean arrays : new boolean[] {false, true}) {
      String nested =
          (arrays ? "[" : "{\"a\":").repeat(100) + "1" + (arrays ? "]" : "}").repeat(100);
      ObjectNode object = meshTrafficPermission();
      String text =
          new String(review(object), StandardCharsets.UTF_8)
              .replace("\"from\":[]", "\"from\":[{\"targetRef\":" + nested + "}]");
      HttpResponse<byte[]> answer = timedPost(endpoint, text.getBytes(StandardCharsets.UTF_8));
      assertThat(answer.statusCode()).isEqualTo(200);
      JsonNode response = Json.MAPPER.readTree(answer.body()).path("response");
      if (endpoint.equals("validate")) {
        assertThat(response.path("allowed").asBoolean()).as("nested targetRef").isFalse();
      }
    }
  }

  private static byte[] review(ObjectNode object) {
    return AdmissionReviews.review("CREATE", object, null)
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }
}
