package io.meshward.envoy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RuleWordingTest {

  private static RangeRules.Bound b(int v) {
    return new RangeRules.Bound(BigDecimal.valueOf(v), Integer.toString(v));
  }

  private static String range(
      int v, RangeRules.Bound lt, RangeRules.Bound lte, RangeRules.Bound gt, RangeRules.Bound gte) {
    return RangeRules.violation(BigDecimal.valueOf(v), lt, lte, gt, gte);
  }

  @Test
  void rangesInsideAndOutside() {
    assertThat(range(0, null, null, b(0), null)).isEqualTo("value must be greater than 0");
    assertThat(range(5, b(5), null, null, null)).isEqualTo("value must be less than 5");
    assertThat(range(101, null, b(100), null, b(0)))
        .isEqualTo("value must be inside range [0, 100]");
    assertThat(range(50, null, b(100), null, b(0))).isNull();
    assertThat(range(10, b(10), null, b(0), null)).isEqualTo("value must be inside range (0, 10)");
    assertThat(range(5, b(0), null, b(10), null)).isEqualTo("value must be outside range [0, 10]");
    assertThat(range(11, b(0), null, b(10), null)).isNull();
    assertThat(range(3, null, b(1), null, b(5))).isEqualTo("value must be outside range (1, 5)");
  }

  @Test
  void goDurationAndNumberText() {
    assertThat(GoNames.duration(0, 0)).isEqualTo("0s");
    assertThat(GoNames.duration(1, 500_000_000)).isEqualTo("1.5s");
    assertThat(GoNames.duration(90, 0)).isEqualTo("1m30s");
    assertThat(GoNames.duration(3600, 0)).isEqualTo("1h0m0s");
    assertThat(GoNames.duration(0, 1_000_000)).isEqualTo("1ms");
    assertThat(GoNames.number(1.0)).isEqualTo("1");
    assertThat(GoNames.number(0.5)).isEqualTo("0.5");
    assertThat(GoNames.number(1e-5)).isEqualTo("1e-05");
  }

  @Test
  void goFieldAndMessageNames() {
    assertThat(GoNames.camel("connect_timeout")).isEqualTo("ConnectTimeout");
    assertThat(GoNames.camel("ipv4_compat")).isEqualTo("Ipv4Compat");
    assertThat(
            GoNames.message(
                EnvoyTypeRegistry.get().find("envoy.config.cluster.v3.Cluster.CommonLbConfig")))
        .isEqualTo("Cluster_CommonLbConfig");
    assertThat(KnownFormats.hostnameError("a-.example"))
        .isEqualTo("hostname parts cannot end with hyphens");
    assertThat(KnownFormats.isIp("::1")).isTrue();
    assertThat(KnownFormats.isIp("example.com")).isFalse();
  }
}
