package io.meshward.policy.jsonpatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.meshward.core.FieldPath;
import io.meshward.core.Json;
import io.meshward.core.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPatchRulesTest {

  private static List<String> check(String yaml) {
    Violations out = new Violations("test");
    try {
      JsonPatchRules.validate(Json.YAML.readTree(yaml), FieldPath.root("jsonPatches"), out);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
    return out.list().stream().map(v -> v.field() + ": " + v.message()).toList();
  }

  @Test
  void validBlocks() {
    assertThat(
            check(
                """
                - {op: add, path: /a, value: 1}
                - {op: replace, path: /a, value: {b: c}}
                - {op: remove, path: /a/0}
                - {op: move, from: /a, path: /b}
                - {op: copy, from: /a, path: /b}
                - {op: add, path: /a, value: false}
                """))
        .isEmpty();
  }

  @Test
  void unknownOpAlsoForbidsFromAndValue() {
    assertThat(check("- {op: test, path: /a, value: 1, from: /b}"))
        .containsExactly(
            "jsonPatches[0].op: \"op\" must be one of [\"add\", \"remove\", \"replace\","
                + " \"move\", \"copy\"]",
            "jsonPatches[0].from: \"from\" is allowed only when \"op\" is one of [\"move\","
                + " \"copy\"]",
            "jsonPatches[0].value: \"value\" is allowed only when \"op\" is one of [\"add\","
                + " \"replace\"]");
  }

  @Test
  void missingOpAndPath() {
    assertThat(check("- {}"))
        .containsExactly(
            "jsonPatches[0].op: \"op\" must be one of [\"add\", \"remove\", \"replace\","
                + " \"move\", \"copy\"]",
            "jsonPatches[0].path: must be defined");
  }

  @Test
  void fromAndValueRequiredByOp() {
    assertThat(check("- {op: move, path: /a}\n- {op: replace, path: /a}"))
        .containsExactly(
            "jsonPatches[0].from: \"from\" must not be empty when \"op\" is one of [\"move\","
                + " \"copy\"]",
            "jsonPatches[1].value: \"value\" must not be empty when \"op\" is one of [\"add\","
                + " \"replace\"]");
  }

  @Test
  void nullCountsAsAbsent() {
    assertThat(check("- {op: add, path: /a, value: null}\n- {op: remove, path: /a, from: null}"))
        .containsExactly(
            "jsonPatches[0].value: \"value\" must not be empty when \"op\" is one of [\"add\","
                + " \"replace\"]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"''", "/"})
  void rootCannotBeRemoved(String path) {
    assertThat(check("- {op: remove, path: " + path + "}"))
        .containsExactly("jsonPatches[0].path: root path cannot be removed");
    assertThat(check("- {op: replace, path: " + path + ", value: {}}")).isEmpty();
  }

  @Test
  void emptyListMustNotBeEmpty() {
    assertThat(check("[]")).containsExactly("jsonPatches: must not be empty");
  }

  @Test
  void wrongTypesAreLeftToTheSchema() {
    assertThat(check("{op: add}")).isEmpty();
    assertThat(check("- just text\n- 3\n- {op: 5, path: 1}")).isEmpty();
    assertThat(check("- {op: remove, path: 7}")).isEmpty();
  }

  @Test
  void operationsAreListedInKumasOrder() {
    assertThat(JsonPatchRules.OPERATIONS)
        .containsExactly("add", "remove", "replace", "move", "copy");
  }
}
