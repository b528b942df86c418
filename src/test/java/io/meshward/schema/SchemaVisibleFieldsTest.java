package io.meshward.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import io.meshward.core.KumaKind;
import org.junit.jupiter.api.Test;

/** What of an object a schema can tell apart. */
class SchemaVisibleFieldsTest {

  private static final ObjectNode OBJECT =
      json(
          """
          {"kind": "MeshTimeout",
           "metadata": {"name": "t", "uid": "u-1", "labels": {"a": "b"}, "annotations": {}},
           "spec": {"targetRef": {"kind": "Mesh"}}}
          """);

  @Test
  void metadataThatOnlyTypesItsFieldsSeesOnlyThoseFields() {
    var visible =
        SchemaVisibleFields.forSchema(
            json(
                """
                {"properties": {"metadata": {"type": "object", "description": "d",
                  "properties": {"labels": {"type": "object"}, "annotations": {"type": "object"}}}}}
                """));

    assertThat(visible.partOf(OBJECT))
        .isEqualTo(
            json(
                """
                {"kind": "MeshTimeout", "metadata": {"labels": {"a": "b"}, "annotations": {}},
                 "spec": {"targetRef": {"kind": "Mesh"}}}
                """));
    assertThat(OBJECT.at("/metadata/uid").asText()).isEqualTo("u-1");
  }

  @Test
  void metadataWithAnyOtherConstraintLeavesTheWholeObjectVisible() {
    for (String metadata :
        new String[] {
          "{\"type\": \"object\", \"properties\": {}, \"additionalProperties\": false}",
          "{\"type\": \"object\", \"required\": [\"name\"]}",
          "{\"type\": \"object\", \"properties\": {}, \"maxProperties\": 3}",
          "{\"properties\": {}}",
        }) {
      var visible =
          SchemaVisibleFields.forSchema(json("{\"properties\": {\"metadata\": " + metadata + "}}"));
      assertThat(visible.partOf(OBJECT)).as(metadata).isSameAs(OBJECT);
    }
    assertThat(SchemaVisibleFields.forSchema(json("{\"type\": \"object\"}")).partOf(OBJECT))
        .isSameAs(OBJECT);
  }

  @Test
  void aRootKeywordThatCouldReachMetadataLeavesTheWholeObjectVisible() {
    String metadata = "\"metadata\": {\"type\": \"object\", \"properties\": {}}";
    for (String root :
        new String[] {
          "\"allOf\": [{\"properties\": {\"metadata\": {\"required\": [\"name\"]}}}]",
          "\"if\": {}, \"then\": {}",
          "\"unevaluatedProperties\": false",
          "\"$ref\": \"#/$defs/x\", \"$defs\": {\"x\": {}}",
        }) {
      var visible =
          SchemaVisibleFields.forSchema(json("{\"properties\": {" + metadata + "}, " + root + "}"));
      assertThat(visible.partOf(OBJECT)).as(root).isSameAs(OBJECT);
    }
  }

  @Test
  void metadataThatIsNotAnObjectStaysVisible() {
    var visible =
        SchemaVisibleFields.forSchema(
            json("{\"properties\": {\"metadata\": {\"type\": \"object\", \"properties\": {}}}}"));
    ObjectNode odd = json("{\"metadata\": \"text\", \"spec\": {}}");

    assertThat(visible.partOf(odd)).isSameAs(odd);
  }

  @Test
  void everyKindsSchemaIgnoresServerSetMetadataAndJudgesTheVisiblePartAsTheObject() {
    for (KumaKind kind : KumaKind.values()) {
      ObjectNode object = SchemaSamples.valid(kind);
      object.withObject("/metadata").put("uid", "u-1").put("resourceVersion", "7");
      object.withObject("/metadata").withObject("labels").put("bad", 1);

      JsonNode visible = SchemaSamples.CHECK.visiblePart(kind, object);

      assertThat(visible.at("/metadata/uid").isMissingNode()).as(kind.kindName()).isTrue();
      assertThat(SchemaSamples.CHECK.validate(kind, visible))
          .as(kind.kindName())
          .isEqualTo(SchemaSamples.CHECK.validate(kind, object));
    }
  }

  private static ObjectNode json(String text) {
    try {
      return (ObjectNode) Json.MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
