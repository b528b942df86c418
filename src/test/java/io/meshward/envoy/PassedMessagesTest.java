package io.meshward.envoy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Duration;
import io.envoyproxy.envoy.config.cluster.v3.CircuitBreakers;
import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import io.envoyproxy.envoy.config.route.v3.Route;
import io.envoyproxy.envoy.config.route.v3.RouteMatch;
import io.envoyproxy.envoy.config.route.v3.VirtualHost;
import org.junit.jupiter.api.Test;

/** Checks that remember passed nested messages give the same answers as checks that do not. */
class PassedMessagesTest {

  private static final CircuitBreakers BREAKERS =
      CircuitBreakers.newBuilder()
          .addThresholds(CircuitBreakers.Thresholds.newBuilder().setTrackRemaining(true))
          .build();

  @Test
  void aNestedMessageThatPassedIsRememberedByInstance() {
    PassedMessages passed = new PassedMessages();
    Cluster cluster =
        Cluster.newBuilder()
            .setName("c")
            .setConnectTimeout(Duration.newBuilder().setSeconds(5))
            .setCircuitBreakers(BREAKERS)
            .build();
    assertThat(EnvoyConstraints.check(cluster, passed)).isEmpty();
    assertThat(passed.contains(BREAKERS)).isTrue();
    // An equal message that is another instance is not taken as checked.
    assertThat(passed.contains(BREAKERS.toBuilder().build())).isFalse();
    // A cluster rebuilt around the same breakers, with a broken field of its own, still fails.
    Cluster renamed = cluster.toBuilder().setName("").build();
    assertThat(EnvoyConstraints.check(renamed, passed))
        .containsExactly("invalid Cluster.Name: value length must be at least 1 runes");
  }

  @Test
  void aNestedMessageThatFailedIsReportedEveryTime() {
    PassedMessages passed = new PassedMessages();
    Route route = Route.newBuilder().setMatch(RouteMatch.getDefaultInstance()).build();
    VirtualHost host =
        VirtualHost.newBuilder().setName("v").addDomains("*").addRoutes(route).build();
    var first = EnvoyConstraints.check(host, passed);
    assertThat(first).isNotEmpty().isEqualTo(EnvoyConstraints.check(host));
    assertThat(passed.contains(route)).isFalse();
    assertThat(EnvoyConstraints.check(host.toBuilder().setName("w").build(), passed))
        .isEqualTo(first);
  }

  @Test
  void aMemoAnswersFromTheOnesItReads() {
    PassedMessages base = new PassedMessages();
    base.add(BREAKERS);
    PassedMessages render = new PassedMessages();
    render.reading(base);
    assertThat(render.contains(BREAKERS)).isTrue();
    render.add(Duration.getDefaultInstance());
    assertThat(base.contains(Duration.getDefaultInstance())).isFalse();
  }
}
