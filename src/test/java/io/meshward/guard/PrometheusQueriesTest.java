package io.meshward.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building PromQL from templates. */
class PrometheusQueriesTest {

  @Test
  void defaultPassthroughQuerySumsTheRateOfEveryPassthroughClusterPerDataplane() {
    String query =
        PrometheusQueries.build(
            TrafficQuestion.meshWide(TrafficSignal.PASSTHROUGH, "default"),
            PrometheusSettings.defaults());
    assertThat(query)
        .isEqualTo(
            "sum by (dataplane) (rate(envoy_cluster_upstream_cx_total{envoy_cluster_name=~\""
                + "outbound_passthrough_ipv4|outbound_passthrough_ipv6"
                + "|self_transparentproxy_passthrough_outbound_ipv4"
                + "|self_transparentproxy_passthrough_outbound_ipv6\",mesh=\"default\"}[5m]))");
  }

  @Test
  void selectorLabelsAreSanitisedAndValuesEscaped() {
    PrometheusSettings settings =
        new PrometheusSettings(
            Duration.ofSeconds(90), Duration.ofSeconds(2), "k8s.mesh", "dp", Map.of());
    String query =
        PrometheusQueries.build(
            new TrafficQuestion(
                TrafficSignal.PLAINTEXT_INBOUND, "a\"b", Map.of("kuma.io/zone", "x\\y")),
            settings);
    assertThat(query)
        .isEqualTo(
            "sum by (dp) (rate(envoy_tls_inspector_tls_not_found{k8s_mesh=\"a\\\"b\","
                + "kuma_io_zone=\"x\\\\y\"}[90s]))");
  }

  @Test
  void customTemplatesReplaceTheDefault() {
    PrometheusSettings settings =
        new PrometheusSettings(
            Duration.ofHours(1),
            Duration.ofSeconds(2),
            "mesh",
            "dataplane",
            Map.of(
                TrafficSignal.INBOUND, "sum by ({dataplane}) (up{{selector}}) # {mesh} {window}"));
    assertThat(
            PrometheusQueries.build(TrafficQuestion.meshWide(TrafficSignal.INBOUND, "m"), settings))
        .isEqualTo("sum by (dataplane) (up{mesh=\"m\"}) # m 1h");
    assertThat(settings.templates().get(TrafficSignal.PASSTHROUGH))
        .isEqualTo(PrometheusQueries.DEFAULT_TEMPLATES.get(TrafficSignal.PASSTHROUGH));
  }

  @Test
  void durationsUseTheLargestWholeUnit() {
    assertThat(PrometheusQueries.duration(Duration.ofMinutes(5))).isEqualTo("5m");
    assertThat(PrometheusQueries.duration(Duration.ofSeconds(5))).isEqualTo("5s");
    assertThat(PrometheusQueries.duration(Duration.ofMillis(1500))).isEqualTo("1500ms");
    assertThat(PrometheusQueries.duration(Duration.ofHours(2))).isEqualTo("2h");
  }
}
