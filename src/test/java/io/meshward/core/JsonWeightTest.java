package io.meshward.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class JsonWeightTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void countsTextFieldNamesAndNodes() throws Exception {
    JsonNode tree = Json.MAPPER.readTree("{\"ab\":\"xyz\",\"c\":[1,true]}");
    // 5 nodes (object, "xyz", array, 1, true), field names 2 + 1, text 3.
    long weight = 5 * JsonWeight.PER_NODE + 3 + 3;
    assertThat(JsonWeight.atMost(tree, weight)).isTrue();
    assertThat(JsonWeight.atMost(tree, weight - 1)).isFalse();
  }

  @Test
  void aHugeStringOrArrayIsTooHeavy() {
    assertThat(JsonWeight.atMost(NODES.textNode("x".repeat(20_000)), 16 * 1024)).isFalse();
    ArrayNode many = NODES.arrayNode();
    for (int i = 0; i < 100_000; i++) {
      many.add(i);
    }
    assertThat(JsonWeight.atMost(many, 16 * 1024)).isFalse();
    assertThat(JsonWeight.atMost(NODES.missingNode(), 16 * 1024)).isTrue();
  }
}
