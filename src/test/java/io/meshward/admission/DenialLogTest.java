package io.meshward.admission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.NullNode;
import io.meshward.core.Operation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DenialLogTest {

  private static AdmissionRequestView request(String name) {
    return new AdmissionRequestView(
        "admission.k8s.io/v1",
        "uid",
        "MeshProxyPatch",
        name,
        "kuma-system",
        Operation.CREATE,
        NullNode.instance,
        NullNode.instance,
        false,
        "admin");
  }

  @Test
  void logsAnObjectOncePerPeriod() {
    MutableClock clock = new MutableClock();
    DenialLog log = new DenialLog(Duration.ofMinutes(1), clock);
    assertThat(log.log("validate", request("a"), "rule", "denied")).isTrue();
    assertThat(log.log("validate", request("a"), "rule", "denied")).isFalse();
    assertThat(log.log("validate", request("b"), "rule", "denied")).isTrue();
    clock.now = clock.now.plusSeconds(61);
    assertThat(log.log("validate", request("a"), "rule", "denied")).isTrue();
  }

  @Test
  void cutsWhatNoApiServerWouldSend() {
    String huge = "x".repeat(1_000_000);
    assertThat(DenialLog.cut(huge, DenialLog.MAX_NAME))
        .hasSize(DenialLog.MAX_NAME + "… (999747 more characters)".length())
        .endsWith("… (999747 more characters)");
    assertThat(DenialLog.cut("short", DenialLog.MAX_NAME)).isEqualTo("short");
    // Names that differ only after the cut count as one object for the period.
    DenialLog log = new DenialLog(Duration.ofMinutes(1), new MutableClock());
    assertThat(log.log("validate", request(huge + "1"), "rule", "denied")).isTrue();
    assertThat(log.log("validate", request(huge + "2"), "rule", "denied")).isFalse();
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
