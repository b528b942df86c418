package io.meshward.guard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code TargetScope} narrows a traffic question to the proxies a policy's top-level {@code
 * targetRef} selects, where metric labels allow it: {@code Dataplane} with a {@code name} gives
 * {@code dataplane="<name>"}; {@code MeshSubset} gives its tags as labels (names sanitised the way
 * Prometheus' {@code labelmap} of Kuma's tag labels does, e.g. {@code kuma_io_service}). Every
 * other target (Mesh, absent, MeshService, MeshGateway, Dataplane selected by labels, ...) asks
 * mesh-wide, which can only over-report traffic, never miss it.
 */
public final class TargetScope {

  private TargetScope() {}

  /**
   * The question about {@code signal} for the proxies {@code targetRef} selects in {@code mesh}.
   */
  public static TrafficQuestion question(TrafficSignal signal, String mesh, JsonNode targetRef) {
    Map<String, String> selector = new LinkedHashMap<>();
    String kind = targetRef.path("kind").asText("Mesh");
    if (kind.equals("Dataplane") && targetRef.path("name").isTextual()) {
      selector.put("dataplane", targetRef.path("name").asText());
    } else if (kind.equals("MeshSubset") && targetRef.path("tags").isObject()) {
      targetRef
          .path("tags")
          .fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isTextual()) {
                  selector.put(PrometheusQueries.labelName(e.getKey()), e.getValue().asText());
                }
              });
    }
    return new TrafficQuestion(signal, mesh, selector);
  }
}
