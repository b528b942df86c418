package io.meshward.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshward.guard.TrafficAnswer.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stats snapshots as a traffic source. */
class FileTrafficSourceTest {

  @TempDir Path dir;

  private TrafficAnswer ask(String snapshot, TrafficQuestion q) throws Exception {
    Path file = dir.resolve("stats.prom");
    Files.writeString(file, snapshot);
    return new FileTrafficSource(file).ask(q).join();
  }

  private static final String TWO_PROXIES =
      """
      envoy_cluster_upstream_cx_active{envoy_cluster_name="outbound_passthrough_ipv4",dataplane="web-1"} 2
      envoy_cluster_upstream_cx_active{envoy_cluster_name="outbound_passthrough_ipv6",dataplane="web-1"} 1
      envoy_cluster_upstream_cx_total{envoy_cluster_name="outbound_passthrough_ipv4",dataplane="web-1"} 900
      envoy_cluster_upstream_cx_active{envoy_cluster_name="backend",dataplane="web-1"} 7
      envoy_cluster_upstream_cx_active{envoy_cluster_name="self_transparentproxy_passthrough_outbound_ipv4",dataplane="db-1",mesh="other"} 4
      envoy_cluster_upstream_cx_active{envoy_cluster_name="localhost_8080",dataplane="web-1"} 0
      """;

  @Test
  void activePassthroughGaugesAboveZeroAreLive() throws Exception {
    TrafficAnswer answer =
        ask(TWO_PROXIES, TrafficQuestion.meshWide(TrafficSignal.PASSTHROUGH, "default"));
    assertThat(answer.status()).isEqualTo(Status.MEASURED);
    assertThat(answer.total()).isEqualTo(3);
    assertThat(answer.describe())
        .isEqualTo(
            "3 open passthrough connections in the stats snapshot; top dataplanes: web-1 (3)");
  }

  @Test
  void meshAndSelectorLabelsFilterWhenPresent() throws Exception {
    assertThat(
            ask(TWO_PROXIES, TrafficQuestion.meshWide(TrafficSignal.PASSTHROUGH, "other")).total())
        .isEqualTo(7);
    assertThat(
            ask(
                    TWO_PROXIES,
                    new TrafficQuestion(
                        TrafficSignal.PASSTHROUGH, "other", Map.of("dataplane", "db-1")))
                .total())
        .isEqualTo(4);
  }

  @Test
  void idleInboundAndMissingFileAndGarbage() throws Exception {
    assertThat(
            ask(TWO_PROXIES, TrafficQuestion.meshWide(TrafficSignal.INBOUND, "default"))
                .liveAbove(0))
        .isFalse();
    assertThat(
            new FileTrafficSource(dir.resolve("missing"))
                .ask(TrafficQuestion.meshWide(TrafficSignal.PASSTHROUGH, "default"))
                .join()
                .status())
        .isEqualTo(Status.UNAVAILABLE);
    assertThat(
            ask("not a metric line", TrafficQuestion.meshWide(TrafficSignal.PASSTHROUGH, "d"))
                .reason())
        .contains("line 1 is not a Prometheus sample");
  }
}
