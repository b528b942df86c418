package io.meshward.schema.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * {@code CrdSchemaConverter} turns a Kubernetes structural schema (a CRD's {@code openAPIV3Schema})
 * into a JSON Schema (draft 2020-12) that accepts what the API server accepts.
 *
 * <ul>
 *   <li>{@code nullable: true} adds {@code "null"} to the type (and to an enum);
 *   <li>{@code x-kubernetes-int-or-string} becomes {@code type: [integer, string]};
 *   <li>{@code x-kubernetes-preserve-unknown-fields} leaves the object open; every other object
 *       gets {@code additionalProperties: false}, as strict field validation rejects unknown
 *       fields;
 *   <li>formats {@code int32}/{@code int64} become range bounds; other {@code x-kubernetes-*}
 *       extensions and {@code example} are dropped; an unknown keyword fails the generation.
 * </ul>
 */
final class CrdSchemaConverter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> COPIED =
      Set.of(
          "type",
          "description",
          "title",
          "enum",
          "required",
          "minimum",
          "maximum",
          "minLength",
          "maxLength",
          "pattern",
          "minItems",
          "maxItems",
          "uniqueItems",
          "format",
          "default",
          "minProperties",
          "maxProperties",
          "multipleOf");
  private static final Set<String> DROPPED =
      Set.of(
          "example",
          "externalDocs",
          "nullable",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "x-kubernetes-int-or-string",
          "x-kubernetes-preserve-unknown-fields",
          "x-kubernetes-list-type",
          "x-kubernetes-list-map-keys",
          "x-kubernetes-map-type",
          "x-kubernetes-embedded-resource");
  private static final Map<String, long[]> INTEGER_FORMATS =
      Map.of(
          "int32", new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
          "int64", new long[] {Long.MIN_VALUE, Long.MAX_VALUE});

  private CrdSchemaConverter() {}

  /** The JSON Schema equivalent of the structural schema {@code source}. */
  static ObjectNode convert(JsonNode source) {
    ObjectNode out = NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode value = e.getValue();
      switch (key) {
        case "properties" -> {
          ObjectNode props = out.putObject("properties");
          value.fields().forEachRemaining(p -> props.set(p.getKey(), convert(p.getValue())));
        }
        case "items" -> out.set("items", convert(value));
        case "additionalProperties" ->
            out.set(key, value.isObject() ? convert(value) : value.deepCopy());
        case "anyOf", "allOf", "oneOf" -> {
          if (!source.path("x-kubernetes-int-or-string").asBoolean()) {
            ArrayNode branches = out.putArray(key);
            value.forEach(b -> branches.add(convert(b)));
          }
        }
        case "not" -> out.set("not", convert(value));
        default -> {
          if (COPIED.contains(key)) {
            out.set(key, value.deepCopy());
          } else if (!DROPPED.contains(key)) {
            throw new IllegalStateException("unsupported schema keyword: " + key);
          }
        }
      }
    }
    exclusiveBound(source, out, "exclusiveMinimum", "minimum");
    exclusiveBound(source, out, "exclusiveMaximum", "maximum");
    if (source.path("x-kubernetes-int-or-string").asBoolean()) {
      out.set("type", NODES.arrayNode().add("integer").add("string"));
    }
    integerFormatBounds(out);
    boolean preserve = source.path("x-kubernetes-preserve-unknown-fields").asBoolean();
    if ("object".equals(out.path("type").asText())
        && !preserve
        && !out.has("additionalProperties")) {
      out.put("additionalProperties", false);
    }
    if (source.path("nullable").asBoolean()) {
      allowNull(out);
    }
    return out;
  }

  /** Adds {@code null} to the type and enum of {@code schema}. */
  static void allowNull(ObjectNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      schema.set("type", NODES.arrayNode().add(type.asText()).add("null"));
    } else if (type != null && type.isArray()) {
      ((ArrayNode) type).add("null");
    }
    if (schema.get("enum") instanceof ArrayNode values) {
      values.addNull();
    }
  }

  private static void exclusiveBound(
      JsonNode source, ObjectNode out, String exclusiveKey, String boundKey) {
    if (source.path(exclusiveKey).asBoolean() && out.has(boundKey)) {
      out.set(exclusiveKey, out.remove(boundKey));
    }
  }

  private static void integerFormatBounds(ObjectNode out) {
    long[] bounds = INTEGER_FORMATS.get(out.path("format").asText());
    if (bounds == null) {
      return;
    }
    if (!out.has("minimum") && !out.has("exclusiveMinimum")) {
      out.put("minimum", bounds[0]);
    }
    if (!out.has("maximum") && !out.has("exclusiveMaximum")) {
      out.put("maximum", bounds[1]);
    }
  }
}
