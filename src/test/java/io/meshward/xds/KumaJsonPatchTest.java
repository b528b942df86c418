package io.meshward.xds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import org.junit.jupiter.api.Test;

/** RFC 6902 with the leniencies of Kuma's JSON-patch options, on plain JSON trees. */
class KumaJsonPatchTest {

  private static JsonNode json(String text) throws Exception {
    return Json.YAML.readTree(text);
  }

  private static String apply(String doc, String ops) throws Exception {
    return KumaJsonPatch.apply(json(doc), json(ops)).toString();
  }

  @Test
  void addCreatesMissingObjectsArraysAndArrayElements() throws Exception {
    assertThat(apply("{}", "[{op: add, path: /cb/thresholds/0/maxConnections, value: 2048}]"))
        .isEqualTo("{\"cb\":{\"thresholds\":[{\"maxConnections\":2048}]}}");
    assertThat(apply("{a: [1]}", "[{op: add, path: /a/3/b, value: x}]"))
        .isEqualTo("{\"a\":[1,null,null,{\"b\":\"x\"}]}");
    assertThat(apply("{chains: [{f: []}]}", "[{op: add, path: /chains/-/f, value: [y]}]"))
        .isEqualTo("{\"chains\":[{\"f\":[]},{\"f\":[\"y\"]}]}");
  }

  @Test
  void slashNamesTheEmptyKeyAndTheEmptyPointerTheDocument() throws Exception {
    assertThat(apply("{name: c}", "[{op: add, path: /, value: {type: STATIC}}]"))
        .isEqualTo("{\"name\":\"c\",\"\":{\"type\":\"STATIC\"}}");
    assertThat(apply("{name: c}", "[{op: add, path: '', value: {type: STATIC}}]"))
        .isEqualTo("{\"type\":\"STATIC\"}");
    assertThatThrownBy(() -> apply("{name: c}", "[{op: replace, path: /, value: {}}]"))
        .isInstanceOf(XdsException.class);
  }

  @Test
  void removeForgivesMissingPathsButNotArrayPositionsThatAreNotNumbers() throws Exception {
    assertThat(apply("{a: [1, 2]}", "[{op: remove, path: /a/5}, {op: remove, path: /b/c}]"))
        .isEqualTo("{\"a\":[1,2]}");
    assertThat(apply("{a: [1, 2]}", "[{op: remove, path: /a/-1}]")).isEqualTo("{\"a\":[1]}");
    assertThatThrownBy(() -> apply("{a: [1, 2]}", "[{op: remove, path: /a/foo}]"))
        .isInstanceOf(XdsException.class)
        .hasMessageContaining("foo");
    assertThatThrownBy(() -> apply("{a: [1, 2]}", "[{op: remove, path: /a/-}]"))
        .isInstanceOf(XdsException.class);
  }
}
