package io.meshward.guard;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code PrometheusSettings} says how Prometheus is asked.
 *
 * @param window the look-back window of rates
 * @param budget the time allowed for one query (connect and answer)
 * @param meshLabel the metric label holding the mesh name
 * @param dataplaneLabel the metric label naming the proxy, used for the top dataplanes
 * @param templates the PromQL template per signal (see {@link PrometheusQueries})
 */
public record PrometheusSettings(
    Duration window,
    Duration budget,
    String meshLabel,
    String dataplaneLabel,
    Map<TrafficSignal, String> templates) {

  /** Fills in a default template for every signal without one. */
  public PrometheusSettings {
    Map<TrafficSignal, String> all = new EnumMap<>(PrometheusQueries.DEFAULT_TEMPLATES);
    all.putAll(templates);
    templates = Map.copyOf(all);
  }

  /** Window 5m, budget 2s, labels {@code mesh} and {@code dataplane}, default templates. */
  public static PrometheusSettings defaults() {
    return new PrometheusSettings(
        Duration.ofMinutes(5), Duration.ofSeconds(2), "mesh", "dataplane", Map.of());
  }

  /** These settings with another window. */
  public PrometheusSettings withWindow(Duration newWindow) {
    return new PrometheusSettings(newWindow, budget, meshLabel, dataplaneLabel, templates);
  }

  /** These settings with another budget. */
  public PrometheusSettings withBudget(Duration newBudget) {
    return new PrometheusSettings(window, newBudget, meshLabel, dataplaneLabel, templates);
  }
}
