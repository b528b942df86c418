package io.meshward.schema.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code MeshSpecSchema} builds the schema of a Mesh {@code spec} from Kuma's proto-derived JSON
 * schema ({@code docs/generated/raw/protos/Mesh.json}), following how Kuma decodes the spec with
 * protojson.
 *
 * <ul>
 *   <li>every field also under its snake_case proto name, and {@code null} (= unset) allowed;
 *   <li>enums: a known name or any integer (proto3 enums are open);
 *   <li>Durations: strings such as {@code "10s"}; wrapper types as plain values; Struct as any
 *       object; numbers also as numeric strings;
 *   <li>unknown fields: {@code additionalProperties: false}, which meshward reports as a warning
 *       because protojson with {@code DiscardUnknown} ignores them.
 * </ul>
 */
final class MeshSpecSchema {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DURATION = "^-?([0-9]+\\.?[0-9]*|\\.[0-9]+)s$";
  private static final String NUMBER = "^(-?[0-9.]+([eE][-+]?[0-9]+)?|NaN|-?Infinity)$";

  private final JsonNode definitions;

  private MeshSpecSchema(JsonNode definitions) {
    this.definitions = definitions;
  }

  /** The Mesh spec schema built from the proto JSON schema {@code protoSchema}. */
  static ObjectNode build(JsonNode protoSchema) {
    MeshSpecSchema builder = new MeshSpecSchema(protoSchema.get("definitions"));
    ObjectNode spec = builder.message(resolve(protoSchema, protoSchema.get("$ref")));
    spec.put(
        "description",
        "Mesh spec as Kuma decodes it (protojson, unknown fields ignored). Generated from "
            + "Mesh.proto-jsonschema.json; meshward reports unknown fields as warnings.");
    return spec;
  }

  private static JsonNode resolve(JsonNode root, JsonNode ref) {
    String name = ref.asText().substring("#/definitions/".length());
    return root.get("definitions").get(name);
  }

  private ObjectNode message(JsonNode source) {
    ObjectNode out = NODES.objectNode();
    copyDescription(source, out);
    out.set("type", types("object"));
    ObjectNode props = out.putObject("properties");
    for (Map.Entry<String, JsonNode> e : fields(source.path("properties"))) {
      ObjectNode field = field(e.getValue());
      props.set(e.getKey(), field);
      String snake = snakeCase(e.getKey());
      if (!snake.equals(e.getKey())) {
        props.set(snake, field.deepCopy());
      }
    }
    out.put("additionalProperties", false);
    return out;
  }

  private ObjectNode field(JsonNode source) {
    if (source.has("$ref")) {
      ObjectNode out =
          message(
              definitions.get(source.get("$ref").asText().substring("#/definitions/".length())));
      copyDescription(source, out);
      return out;
    }
    ObjectNode out = NODES.objectNode();
    copyDescription(source, out);
    if (source.has("enum")) {
      enumField(source, out);
      return out;
    }
    String type = source.path("type").asText();
    switch (type) {
      case "object" -> {
        out.set("type", types("object"));
        JsonNode values = source.get("additionalProperties");
        if (values != null && values.isObject()) {
          out.set("additionalProperties", field(values));
        }
      }
      case "array" -> {
        out.set("type", types("array"));
        out.set("items", field(source.get("items")));
      }
      case "number", "integer" -> {
        out.set("type", types(type, "string"));
        out.put("pattern", NUMBER);
      }
      case "string" -> {
        out.set("type", types("string"));
        if (source.has("pattern")) {
          out.put("pattern", DURATION);
        }
      }
      case "boolean" -> out.set("type", types("boolean"));
      default -> throw new IllegalStateException("unsupported proto schema: " + source);
    }
    return out;
  }

  private void enumField(JsonNode source, ObjectNode out) {
    ArrayNode names = NODES.arrayNode();
    source.get("enum").forEach(v -> names.addAll(v.isTextual() ? List.of(v) : List.of()));
    out.set("type", types("string", "integer"));
    out.put("minimum", Integer.MIN_VALUE);
    out.put("maximum", Integer.MAX_VALUE);
    out.putObject("if").put("type", "string");
    out.putObject("then").set("enum", names);
  }

  private static ArrayNode types(String... types) {
    ArrayNode out = NODES.arrayNode();
    for (String t : types) {
      out.add(t);
    }
    return out.add("null");
  }

  private static void copyDescription(JsonNode source, ObjectNode out) {
    if (source.has("description")) {
      out.set("description", source.get("description"));
    }
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    node.fields().forEachRemaining(out::add);
    return out;
  }

  /** {@code dpCert} → {@code dp_cert}, as protoc names the field. */
  static String snakeCase(String camel) {
    StringBuilder sb = new StringBuilder();
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
