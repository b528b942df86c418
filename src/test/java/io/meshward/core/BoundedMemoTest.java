package io.meshward.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bounded memo remembers up to its capacity and starts over when a put finds it full. */
class BoundedMemoTest {

  @Test
  void remembersUpToItsCapacityThenStartsOver() {
    BoundedMemo<String, Integer> memo = new BoundedMemo<>(3);
    memo.put("a", 1);
    memo.put("b", 2);
    memo.put("c", 3);

    assertThat(memo.get("a")).isEqualTo(1);
    assertThat(memo.get("z")).isNull();
    assertThat(memo.size()).isEqualTo(3);

    memo.put("d", 4);

    assertThat(memo.size()).isEqualTo(1);
    assertThat(memo.get("a")).isNull();
    assertThat(memo.get("d")).isEqualTo(4);
  }
}
