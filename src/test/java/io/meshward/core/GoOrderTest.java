package io.meshward.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoOrderTest {

  @Test
  void ordersByCodePointAsGoOrdersUtf8Bytes() {
    String fullwidthA = "\uFF21"; // U+FF21, after the surrogates in UTF-16 order
    String emoji = "\uD83D\uDE00"; // U+1F600
    List<String> keys = new ArrayList<>(List.of(emoji, fullwidthA, "b", "a", "ab"));
    keys.sort(GoOrder.STRINGS);
    assertThat(keys).containsExactly("a", "ab", "b", fullwidthA, emoji);
    // Java's own order puts the emoji first among the two
    assertThat(emoji.compareTo(fullwidthA)).isNegative();
  }
}
