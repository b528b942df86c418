package io.meshward.guard;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code PrometheusResponse} reads the JSON answer of {@code /api/v1/query}. A vector gives one
 * value per series; an error answer, anything that is not a vector or scalar, or an empty vector
 * (no samples yet: Prometheus younger than the window, or no proxy of the mesh scraped) is "cannot
 * verify", never "idle".
 */
final class PrometheusResponse {

  private PrometheusResponse() {}

  /** The answer in {@code body}, reading proxy names from {@code dataplaneLabel}. */
  static TrafficAnswer read(String body, String dataplaneLabel, String measure) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (Exception e) {
      return TrafficAnswer.unavailable("Prometheus answered something that is not JSON");
    }
    if (root == null || !root.isObject()) {
      return TrafficAnswer.unavailable("Prometheus answered something that is not a JSON object");
    }
    if (!"success".equals(root.path("status").asText())) {
      String error = root.path("error").asText("no error message");
      return TrafficAnswer.unavailable(
          "Prometheus refused the query ("
              + root.path("errorType").asText("error")
              + ": "
              + error
              + ")");
    }
    JsonNode data = root.path("data");
    String type = data.path("resultType").asText("");
    if (type.equals("scalar")) {
      Double value = value(data.path("result"));
      return value == null
          ? TrafficAnswer.unavailable("Prometheus answered an unreadable scalar")
          : TrafficAnswer.measured(List.of(new DataplaneRate("all", value)), measure);
    }
    if (!type.equals("vector") || !data.path("result").isArray()) {
      return TrafficAnswer.unavailable(
          "Prometheus answered a result of type \"" + type + "\", expected a vector");
    }
    List<DataplaneRate> rates = new ArrayList<>();
    for (JsonNode series : data.path("result")) {
      Double value = value(series.path("value"));
      if (value == null) {
        return TrafficAnswer.unavailable("Prometheus answered an unreadable sample");
      }
      if (!value.isNaN()) {
        rates.add(new DataplaneRate(name(series.path("metric"), dataplaneLabel), value));
      }
    }
    if (rates.isEmpty()) {
      return TrafficAnswer.unavailable(
          "Prometheus has no samples for this question yet (it may have started less than one"
              + " window ago, or no proxy of the mesh is scraped)");
    }
    return TrafficAnswer.measured(rates, measure);
  }

  private static Double value(JsonNode pair) {
    if (!pair.isArray() || pair.size() != 2 || !pair.get(1).isTextual()) {
      return null;
    }
    try {
      return Double.valueOf(pair.get(1).asText());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String name(JsonNode metric, String dataplaneLabel) {
    JsonNode name = metric.path(dataplaneLabel);
    if (name.isTextual() && !name.asText().isEmpty()) {
      return name.asText();
    }
    return metric.isEmpty() ? "(no " + dataplaneLabel + " label)" : metric.toString();
  }
}
