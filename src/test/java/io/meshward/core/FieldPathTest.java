package io.meshward.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldPathTest {

  private final FieldPath modifications =
      FieldPath.root("spec").field("default").field("appendModifications");

  @Test
  void rendersLikeKumasPathBuilder() {
    FieldPath path = modifications.index(0).field("cluster").field("match");
    assertThat(path).hasToString("spec.default.appendModifications[0].cluster.match");
    assertThat(FieldPath.root("metadata").field("labels").key("kuma.io/mesh"))
        .hasToString("metadata.labels[\"kuma.io/mesh\"]");
    assertThat(FieldPath.empty()).hasToString("");
    assertThat(FieldPath.empty().isEmpty()).isTrue();
    assertThat(modifications.isEmpty()).isFalse();
  }

  @Test
  void extendingLeavesTheOriginalUnchanged() {
    FieldPath first = modifications.index(0);
    FieldPath second = modifications.index(1);
    assertThat(modifications).hasToString("spec.default.appendModifications");
    assertThat(first).hasToString("spec.default.appendModifications[0]");
    assertThat(second).hasToString("spec.default.appendModifications[1]");
  }

  @Test
  void appendsEverySegmentOfAnotherPath() {
    FieldPath relative = FieldPath.root("listener").key("a/b").index(2);
    FieldPath path = modifications.index(3).append(relative);
    assertThat(path).hasToString("spec.default.appendModifications[3].listener[\"a/b\"][2]");
    assertThat(path.segments())
        .isEqualTo(List.of("spec", "default", "appendModifications", 3, "listener", "a/b", 2));
    assertThat(modifications.append(FieldPath.empty())).isEqualTo(modifications);
  }

  @Test
  void givesAJsonPointerWithEscapedSegments() {
    FieldPath path = FieldPath.root("metadata").field("labels").key("kuma.io/mesh~x").index(0);
    assertThat(path.toJsonPointer()).isEqualTo("/metadata/labels/kuma.io~1mesh~0x/0");
    assertThat(FieldPath.empty().toJsonPointer()).isEmpty();
  }

  @Test
  void pathsWithTheSameSegmentsAreEqual() {
    FieldPath a = FieldPath.root("spec").field("targetRef").field("kind");
    FieldPath b = FieldPath.root("spec").append(FieldPath.root("targetRef").field("kind"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(FieldPath.root("spec").field("targetRef"));
  }
}
