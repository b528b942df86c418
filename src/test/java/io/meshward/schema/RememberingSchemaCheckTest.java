package io.meshward.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.KumaKind;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The remembering check answers as the plain one, and checks each visible part once. */
class RememberingSchemaCheckTest {

  /** The shared plain check, counting the objects it is asked about. */
  private static final class Counting implements SchemaCheck {
    final AtomicInteger checked = new AtomicInteger();

    @Override
    public SchemaReport validate(KumaKind kind, JsonNode object) {
      checked.incrementAndGet();
      return SchemaSamples.CHECK.validate(kind, object);
    }

    @Override
    public JsonNode visiblePart(KumaKind kind, JsonNode object) {
      return SchemaSamples.CHECK.visiblePart(kind, object);
    }
  }

  private final Counting plain = new Counting();
  private final RememberingSchemaCheck remembering = new RememberingSchemaCheck(plain);

  @Test
  void aDryRunAndItsApplyAreCheckedOnceWithThePlainAnswers() {
    for (KumaKind kind : KumaKind.values()) {
      ObjectNode valid = SchemaSamples.valid(kind);
      ObjectNode broken = valid.deepCopy();
      broken.withObject("/metadata").put("labels", 42);
      for (ObjectNode object : new ObjectNode[] {valid, broken}) {
        int before = plain.checked.get();
        SchemaReport expected = SchemaSamples.CHECK.validate(kind, object);
        assertThat(remembering.validate(kind, serverSet(object, "dry-run", "1")))
            .as(kind.kindName())
            .isEqualTo(expected);
        assertThat(remembering.validate(kind, serverSet(object, "apply", "2")))
            .as(kind.kindName())
            .isEqualTo(expected);
        assertThat(plain.checked.get() - before).as(kind.kindName()).isEqualTo(1);
      }
    }
  }

  @Test
  void objectsThatDifferWhereTheSchemaLooksAreCheckedApart() {
    ObjectNode valid = SchemaSamples.valid(KumaKind.MESH_TIMEOUT);
    ObjectNode badLabel = valid.deepCopy();
    badLabel.withObject("/metadata").withObject("labels").put("team", 7);
    ObjectNode badSpec = valid.deepCopy();
    badSpec.withObject("/spec").withObject("targetRef").put("kind", "Bogus");

    assertThat(remembering.validate(KumaKind.MESH_TIMEOUT, valid).violations()).isEmpty();
    assertThat(remembering.validate(KumaKind.MESH_TIMEOUT, badLabel).violations()).isNotEmpty();
    assertThat(remembering.validate(KumaKind.MESH_TIMEOUT, badSpec).violations()).isNotEmpty();
    assertThat(plain.checked).hasValue(3);
  }

  @Test
  void anObjectChangedAfterItsCheckIsJudgedAfresh() {
    ObjectNode object = SchemaSamples.valid(KumaKind.MESH_TIMEOUT);
    assertThat(remembering.validate(KumaKind.MESH_TIMEOUT, object).violations()).isEmpty();

    object.withObject("/spec").withObject("targetRef").put("kind", "Bogus");

    assertThat(remembering.validate(KumaKind.MESH_TIMEOUT, object))
        .isEqualTo(SchemaSamples.CHECK.validate(KumaKind.MESH_TIMEOUT, object));
    assertThat(remembering.validate(KumaKind.MESH_TIMEOUT, object).violations()).isNotEmpty();
  }

  @Test
  void heavyObjectsAreCheckedEveryTime() {
    ObjectNode heavy = SchemaSamples.valid(KumaKind.MESH_TIMEOUT);
    heavy
        .withObject("/metadata")
        .withObject("annotations")
        .put("note", "x".repeat((int) RememberingSchemaCheck.MAX_WEIGHT));

    remembering.validate(KumaKind.MESH_TIMEOUT, heavy);
    remembering.validate(KumaKind.MESH_TIMEOUT, heavy);

    assertThat(plain.checked).hasValue(2);
  }

  @Test
  void theMemoStaysWithinItsBound() {
    ObjectNode object = SchemaSamples.valid(KumaKind.MESH_TIMEOUT);
    for (int i = 0; i <= RememberingSchemaCheck.MAX_REPORTS * 2; i++) {
      object.withObject("/metadata").withObject("labels").put("serial", "s" + i);
      remembering.validate(KumaKind.MESH_TIMEOUT, object);
      assertThat(remembering.size()).isLessThanOrEqualTo(RememberingSchemaCheck.MAX_REPORTS);
    }
    assertThat(plain.checked).hasValue(RememberingSchemaCheck.MAX_REPORTS * 2 + 1);
  }

  /** {@code object} as the API server would send it, with server-set metadata. */
  private static ObjectNode serverSet(ObjectNode object, String uid, String resourceVersion) {
    ObjectNode copy = object.deepCopy();
    if (copy.get("metadata") instanceof ObjectNode metadata) {
      metadata.put("uid", uid);
      metadata.put("resourceVersion", resourceVersion);
      metadata.put("creationTimestamp", "2026-11-27T05:00:00Z");
      metadata.putArray("managedFields").addObject().put("manager", uid);
    }
    return copy;
  }
}
