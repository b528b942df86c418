package io.meshward.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.guard.TrafficAnswer.Status;
import org.junit.jupiter.api.Test;

/** Reading {@code /api/v1/query} answers. */
class PrometheusResponseTest {

  private static TrafficAnswer read(String body) {
    return PrometheusResponse.read(body, "dataplane", "new passthrough connections/s over 5m");
  }

  private static String vector(String result) {
    return "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
        + result
        + "]}}";
  }

  @Test
  void aVectorGivesOneRatePerDataplaneAndTheTotal() {
    TrafficAnswer answer =
        read(
            vector(
                "{\"metric\":{\"dataplane\":\"web-1\"},\"value\":[1700000000.1,\"0.5\"]},"
                    + "{\"metric\":{\"dataplane\":\"web-2\"},\"value\":[1700000000.1,\"2\"]},"
                    + "{\"metric\":{\"dataplane\":\"web-3\"},\"value\":[1700000000.1,\"0\"]},"
                    + "{\"metric\":{},\"value\":[1700000000.1,\"NaN\"]}"));
    assertThat(answer.status()).isEqualTo(Status.MEASURED);
    assertThat(answer.total()).isEqualTo(2.5);
    assertThat(answer.top())
        .containsExactly(new DataplaneRate("web-2", 2), new DataplaneRate("web-1", 0.5));
    assertThat(answer.describe())
        .isEqualTo(
            "2.50 new passthrough connections/s over 5m; top dataplanes: web-2 (2), web-1 (0.500)");
  }

  @Test
  void zeroRatesAreIdle() {
    TrafficAnswer answer = read(vector("{\"metric\":{\"dataplane\":\"a\"},\"value\":[1,\"0\"]}"));
    assertThat(answer.status()).isEqualTo(Status.MEASURED);
    assertThat(answer.liveAbove(0)).isFalse();
  }

  @Test
  void anEmptyVectorIsNoDataNotIdle() {
    TrafficAnswer answer = read(vector(""));
    assertThat(answer.status()).isEqualTo(Status.UNAVAILABLE);
    assertThat(answer.reason()).contains("no samples").contains("less than one window");
  }

  @Test
  void anErrorAnswerCannotBeVerified() {
    TrafficAnswer answer =
        read(
            "{\"status\":\"error\",\"errorType\":\"bad_data\","
                + "\"error\":\"parse error at char 5\"}");
    assertThat(answer.status()).isEqualTo(Status.UNAVAILABLE);
    assertThat(answer.reason())
        .isEqualTo("Prometheus refused the query (bad_data: parse error at char 5)");
  }

  @Test
  void garbageCannotBeVerified() {
    assertThat(read("<html>502 Bad Gateway</html>").reason())
        .isEqualTo("Prometheus answered something that is not JSON");
    assertThat(read("[1,2]").status()).isEqualTo(Status.UNAVAILABLE);
    assertThat(
            read("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}")
                .reason())
        .contains("\"matrix\"");
    assertThat(read(vector("{\"metric\":{},\"value\":[1,\"many\"]}")).reason())
        .isEqualTo("Prometheus answered an unreadable sample");
  }

  @Test
  void aScalarIsOneMeasurement() {
    TrafficAnswer answer =
        read("{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1,\"3\"]}}");
    assertThat(answer.total()).isEqualTo(3);
  }
}
