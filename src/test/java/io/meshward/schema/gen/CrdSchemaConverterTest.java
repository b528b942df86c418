package io.meshward.schema.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class CrdSchemaConverterTest {

  private static JsonNode yaml(String text) {
    try {
      return Json.YAML.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode convert(String structural) {
    return CrdSchemaConverter.convert(yaml(structural));
  }

  @Test
  void objectsWithoutPreserveUnknownFieldsAreClosed() {
    JsonNode out =
        convert(
            """
            type: object
            properties:
              open: {type: object, x-kubernetes-preserve-unknown-fields: true}
              empty: {type: object}
              map: {type: object, additionalProperties: {type: string}}
            """);

    assertThat(out.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(out.at("/properties/open").has("additionalProperties")).isFalse();
    assertThat(out.at("/properties/empty/additionalProperties").asBoolean(true)).isFalse();
    assertThat(out.at("/properties/map/additionalProperties/type").asText()).isEqualTo("string");
  }

  @Test
  void intOrStringBecomesATypeUnion() {
    JsonNode out =
        convert(
            """
            anyOf: [{type: integer}, {type: string}]
            x-kubernetes-int-or-string: true
            pattern: "^[0-9]+%$"
            """);

    assertThat(out.toString())
        .isEqualTo("{\"pattern\":\"^[0-9]+%$\",\"type\":[\"integer\",\"string\"]}");
  }

  @Test
  void nullableAddsNullToTypeAndEnum() {
    JsonNode out = convert("type: string\nenum: [A, B]\nnullable: true\n");

    assertThat(out.get("type").toString()).isEqualTo("[\"string\",\"null\"]");
    assertThat(out.get("enum").toString()).isEqualTo("[\"A\",\"B\",null]");
  }

  @Test
  void openApiBoundsAndIntegerFormatsBecomeJsonSchemaBounds() {
    JsonNode out = convert("type: integer\nformat: int32\nminimum: 0\nexclusiveMinimum: true\n");

    assertThat(out.get("exclusiveMinimum").asInt()).isZero();
    assertThat(out.has("minimum")).isFalse();
    assertThat(out.get("maximum").asLong()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void extensionsAreDroppedAndUnknownKeywordsFail() {
    JsonNode out = convert("type: array\nx-kubernetes-list-type: atomic\nexample: [1]\n");

    assertThat(out.toString()).isEqualTo("{\"type\":\"array\"}");
    assertThatThrownBy(() -> convert("type: string\nx-kubernetes-validations: []\n"))
        .hasMessageContaining("x-kubernetes-validations");
  }

  @Test
  void meshFieldsAlsoGetTheirProtoName() {
    assertThat(MeshSpecSchema.snakeCase("defaultForbidMeshExternalServiceAccess"))
        .isEqualTo("default_forbid_mesh_external_service_access");
  }
}
