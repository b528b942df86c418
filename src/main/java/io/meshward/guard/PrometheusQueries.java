package io.meshward.guard;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code PrometheusQueries} builds the PromQL of a {@link TrafficQuestion} from a template. A
 * template may use {@code {selector}} (the label matchers: mesh label plus the question's selector,
 * e.g. {@code mesh="default"}), {@code {window}} (e.g. {@code 5m}), {@code {mesh}} and {@code
 * {dataplane}} (the dataplane label name). It must give one sample per proxy.
 */
public final class PrometheusQueries {

  /** Envoy stat names of the outbound passthrough clusters, legacy and unified naming. */
  public static final String PASSTHROUGH_CLUSTERS =
      "outbound_passthrough_ipv4|outbound_passthrough_ipv6"
          + "|self_transparentproxy_passthrough_outbound_ipv4"
          + "|self_transparentproxy_passthrough_outbound_ipv6";

  /** Envoy stat names of the inbound passthrough clusters, legacy and unified naming. */
  public static final String INBOUND_PASSTHROUGH_CLUSTERS =
      "inbound_passthrough_ipv4|inbound_passthrough_ipv6"
          + "|self_transparentproxy_passthrough_inbound_ipv4"
          + "|self_transparentproxy_passthrough_inbound_ipv6";

  /** The default template per signal. */
  public static final Map<TrafficSignal, String> DEFAULT_TEMPLATES =
      Map.of(
          TrafficSignal.PASSTHROUGH,
          "sum by ({dataplane}) (rate(envoy_cluster_upstream_cx_total{envoy_cluster_name=~\""
              + PASSTHROUGH_CLUSTERS
              + "\",{selector}}[{window}]))",
          TrafficSignal.PLAINTEXT_INBOUND,
          "sum by ({dataplane}) (rate(envoy_tls_inspector_tls_not_found{{selector}}[{window}]))",
          TrafficSignal.INBOUND,
          "sum by ({dataplane}) (rate(envoy_cluster_upstream_cx_total{envoy_cluster_name=~"
              + "\"localhost_[0-9]+|self_inbound_.*\",{selector}}[{window}]))",
          TrafficSignal.INBOUND_PASSTHROUGH,
          "sum by ({dataplane}) (rate(envoy_cluster_upstream_cx_total{envoy_cluster_name=~\""
              + INBOUND_PASSTHROUGH_CLUSTERS
              + "\",{selector}}[{window}]))");

  private PrometheusQueries() {}

  /** The PromQL answering {@code question} under {@code settings}. */
  public static String build(TrafficQuestion question, PrometheusSettings settings) {
    Map<String, String> matchers = new TreeMap<>(question.selector());
    StringBuilder selector = new StringBuilder();
    selector.append(labelName(settings.meshLabel())).append("=\"");
    selector.append(escape(question.mesh())).append('"');
    matchers.forEach(
        (name, value) ->
            selector
                .append(',')
                .append(labelName(name))
                .append("=\"")
                .append(escape(value))
                .append('"'));
    return settings
        .templates()
        .get(question.signal())
        .replace("{selector}", selector)
        .replace("{window}", duration(settings.window()))
        .replace("{mesh}", escape(question.mesh()))
        .replace("{dataplane}", labelName(settings.dataplaneLabel()));
  }

  /** A PromQL duration: {@code 5m}, {@code 90s}, {@code 1h}, {@code 250ms}. */
  public static String duration(Duration d) {
    long ms = d.toMillis();
    if (ms % 3_600_000 == 0 && ms > 0) {
      return ms / 3_600_000 + "h";
    }
    if (ms % 60_000 == 0 && ms > 0) {
      return ms / 60_000 + "m";
    }
    return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
  }

  /** A label name with every character Prometheus does not allow replaced by {@code _}. */
  public static String labelName(String name) {
    String clean = name.replaceAll("[^a-zA-Z0-9_]", "_");
    return clean.isEmpty() || Character.isDigit(clean.charAt(0)) ? "_" + clean : clean;
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
