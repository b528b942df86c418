package io.meshward.envoy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GoDurationTest {

  @Test
  void readsGoDurations() throws Exception {
    assertThat(GoDuration.parse("1m30s")).isEqualTo(90_000_000_000L);
    assertThat(GoDuration.parse("1.5s")).isEqualTo(1_500_000_000L);
    assertThat(GoDuration.parse("300ms")).isEqualTo(300_000_000L);
    assertThat(GoDuration.parse("-2h")).isEqualTo(-7_200_000_000_000L);
    assertThat(GoDuration.parse("0")).isZero();
    assertThat(GoDuration.parse("1\u00b5s")).isEqualTo(1_000L);
    assertThat(GoDuration.parse(".5m")).isEqualTo(30_000_000_000L);
  }

  @Test
  void refusesWhatGoRefusesWithGoWords() {
    assertThatThrownBy(() -> GoDuration.parse("5"))
        .hasMessage("time: missing unit in duration \"5\"");
    assertThatThrownBy(() -> GoDuration.parse("5x"))
        .hasMessage("time: unknown unit \"x\" in duration \"5x\"");
    assertThatThrownBy(() -> GoDuration.parse("abc")).hasMessage("time: invalid duration \"abc\"");
    assertThatThrownBy(() -> GoDuration.parse("")).hasMessage("time: invalid duration \"\"");
    assertThatThrownBy(() -> GoDuration.parse("3000000h"))
        .hasMessage("time: invalid duration \"3000000h\"");
  }

  @Test
  void writesProtobufsJsonForm() {
    assertThat(GoDuration.canonical(90_000_000_000L)).isEqualTo("90s");
    assertThat(GoDuration.canonical(1_500_000_000L)).isEqualTo("1.500000000s");
    assertThat(GoDuration.canonical(-500_000_000L)).isEqualTo("-0.500000000s");
    assertThat(GoDuration.canonical(0)).isEqualTo("0s");
  }
}
