package io.meshward.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing the Prometheus text exposition format. */
class TextExpositionTest {

  @Test
  void readsSamplesLabelsAndSpecialValuesSkippingComments() {
    List<ExpositionSample> samples =
        TextExposition.parse(
            """
        # HELP envoy_cluster_upstream_cx_active Active connections
        # TYPE envoy_cluster_upstream_cx_active gauge
        envoy_cluster_upstream_cx_active{envoy_cluster_name="outbound_passthrough_ipv4"} 3

        envoy_server_live 1 1700000000000
        odd{a="x\\"y",b="line\\nbreak", c="back\\\\slash",} +Inf
        nan NaN
        """);
    assertThat(samples).hasSize(4);
    assertThat(samples.get(0))
        .isEqualTo(
            new ExpositionSample(
                "envoy_cluster_upstream_cx_active",
                Map.of("envoy_cluster_name", "outbound_passthrough_ipv4"),
                3));
    assertThat(samples.get(1).value()).isEqualTo(1);
    assertThat(samples.get(2).labels())
        .containsEntry("a", "x\"y")
        .containsEntry("b", "line\nbreak")
        .containsEntry("c", "back\\slash");
    assertThat(samples.get(2).value()).isInfinite();
    assertThat(samples.get(3).value()).isNaN();
  }

  @Test
  void namesTheBadLine() {
    assertThatThrownBy(() -> TextExposition.parse("ok 1\nbroken{a=\"x} 2\n"))
        .hasMessageStartingWith("line 2 is not a Prometheus sample");
    assertThatThrownBy(() -> TextExposition.parse("metric one"))
        .hasMessageStartingWith("line 1 is not a Prometheus sample");
  }
}
