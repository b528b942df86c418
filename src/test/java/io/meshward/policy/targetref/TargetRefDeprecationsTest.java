package io.meshward.policy.targetref;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetRefDeprecationsTest {

  private static ObjectNode ref(String kind) {
    return JsonNodeFactory.instance.objectNode().put("kind", kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MeshService", "MeshServiceSubset", "MeshSubset"})
  void kindsReplacedByDataplane(String kind) {
    assertThat(TargetRefDeprecations.topLevel(ref(kind)))
        .containsExactly(
            kind + " value for 'targetRef.kind' is deprecated, use Dataplane with labels instead");
  }

  @Test
  void topLevelMeshHttpRoute() {
    assertThat(TargetRefDeprecations.topLevel(ref("MeshHTTPRoute")))
        .containsExactly(
            "MeshHTTPRoute value for 'targetRef.kind' is deprecated, use MeshHTTPRoute in"
                + " spec.to[].targetRef");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mesh", "Dataplane", "MeshGateway", "Unknown", ""})
  void otherKindsAreNotDeprecated(String kind) {
    assertThat(TargetRefDeprecations.topLevel(ref(kind))).isEmpty();
  }

  @Test
  void missingOrUnreadableKind() {
    assertThat(TargetRefDeprecations.topLevel(null)).isEmpty();
    assertThat(TargetRefDeprecations.topLevel(JsonNodeFactory.instance.objectNode())).isEmpty();
    assertThat(TargetRefDeprecations.topLevel(JsonNodeFactory.instance.objectNode().put("kind", 3)))
        .isEmpty();
  }
}
