package io.meshward.envoy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code JsonpbReader} reads a JSON tree as a message the way Kuma reads Envoy values: with the
 * legacy {@code jsonpb} decoder of {@code github.com/golang/protobuf} and unknown fields allowed.
 * Unlike protojson, it takes a field under its proto name or its JSON name (the JSON name wins when
 * both are given), lets a later member of a oneof replace an earlier one, skips {@code null}
 * fields, reads durations with Go's {@code time.ParseDuration} ({@code 1m30s}) and numbers from
 * quoted text. Fields are read in declaration order, so the first error is jsonpb's. The result is
 * the same message in the JSON form protobuf's own parser takes, and the paths of the fields the
 * types do not know ({@code circuitBreakers.thresholds[0].maxConection}).
 */
public final class JsonpbReader {

  /**
   * What was read.
   *
   * @param json the message as protobuf's JSON parser takes it
   * @param unknownFields the fields the types do not know, dotted paths
   */
  public record Read(JsonNode json, List<String> unknownFields) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> WRAPPERS =
      Set.of(
          "BoolValue",
          "BytesValue",
          "StringValue",
          "Int32Value",
          "UInt32Value",
          "FloatValue",
          "Int64Value",
          "UInt64Value",
          "DoubleValue");

  private final EnvoyTypeRegistry registry;
  private final List<String> unknown = new ArrayList<>();

  private JsonpbReader(EnvoyTypeRegistry registry) {
    this.registry = registry;
  }

  /** {@code json} read as a {@code type}. */
  public static Read read(JsonNode json, Descriptor type) throws EnvoyValueException {
    JsonpbReader reader = new JsonpbReader(EnvoyTypeRegistry.get());
    JsonNode out = reader.message(json, type, "");
    return new Read(out, List.copyOf(reader.unknown));
  }

  private JsonNode message(JsonNode in, Descriptor type, String path) throws EnvoyValueException {
    String wellKnown = type.getFile().getPackage().equals("google.protobuf") ? type.getName() : "";
    if (in.isNull() && !wellKnown.equals("Value")) {
      return NODES.objectNode();
    }
    switch (wellKnown) {
      case "Any":
        return any(in, path);
      case "Duration":
        if (!in.isTextual()) {
          throw JsonpbScalars.mismatch(JsonpbScalars.kindOf(in), "string");
        }
        try {
          return NODES.textNode(GoDuration.canonical(GoDuration.parse(in.asText())));
        } catch (EnvoyValueException e) {
          throw new EnvoyValueException("bad Duration: " + e.getMessage());
        }
      case "Timestamp":
        if (!in.isTextual()) {
          throw JsonpbScalars.mismatch(JsonpbScalars.kindOf(in), "string");
        }
        return in;
      case "Value":
        return in;
      case "ListValue":
        if (!in.isArray()) {
          throw new EnvoyValueException("bad ListValue: " + goMismatch(in, "[]json.RawMessage"));
        }
        return in;
      case "Struct":
        if (!in.isObject()) {
          throw new EnvoyValueException(
              "bad StructValue: " + goMismatch(in, "map[string]json.RawMessage"));
        }
        return in;
      case "FieldMask":
        // an ordinary message to jsonpb; protobuf's parser takes the paths joined
        JsonNode mask = fields(in, type, path);
        List<String> paths = new ArrayList<>();
        mask.path("paths").forEach(p -> paths.add(p.asText()));
        return NODES.textNode(String.join(",", paths));
      default:
        if (WRAPPERS.contains(wellKnown)) {
          return JsonpbScalars.read(type.findFieldByName("value"), in);
        }
        return fields(in, type, path);
    }
  }

  private JsonNode fields(JsonNode in, Descriptor type, String path) throws EnvoyValueException {
    if (!in.isObject()) {
      throw new EnvoyValueException(goMismatch(in, "map[string]json.RawMessage"));
    }
    Map<String, JsonNode> rest = new LinkedHashMap<>();
    Map<String, Integer> position = new HashMap<>();
    in.fields()
        .forEachRemaining(
            e -> {
              position.put(e.getKey(), position.size());
              rest.put(e.getKey(), e.getValue());
            });
    // the unknown fields by the position of the key they are under, to list them in document order
    Map<Integer, List<String>> unknownAt = new TreeMap<>();
    ObjectNode out = NODES.objectNode();
    Map<OneofDescriptor, String> setMembers = new HashMap<>();
    for (FieldDescriptor field : type.getFields()) {
      JsonNode raw = rest.remove(field.getName());
      String key = field.getName();
      JsonNode byJsonName = rest.remove(field.getJsonName());
      if (byJsonName != null) {
        raw = byJsonName;
        key = field.getJsonName();
      }
      boolean singularValue =
          field.getJavaType() == FieldDescriptor.JavaType.MESSAGE
              && !field.isRepeated()
              && field.getMessageType().getFullName().equals("google.protobuf.Value");
      if (raw == null || raw.isNull() && !singularValue) {
        continue;
      }
      int before = unknown.size();
      JsonNode value = value(field, raw, path.isEmpty() ? key : path + "." + key);
      List<String> nested = unknown.subList(before, unknown.size());
      unknownAt.computeIfAbsent(position.get(key), p -> new ArrayList<>()).addAll(nested);
      nested.clear();
      OneofDescriptor oneof = field.getRealContainingOneof();
      if (oneof != null) {
        String previous = setMembers.put(oneof, field.getJsonName());
        if (previous != null) {
          out.remove(previous); // setting a member clears the one set before
        }
      }
      out.set(field.getJsonName(), value);
    }
    for (String key : rest.keySet()) {
      if (!(key.startsWith("[") && key.endsWith("]"))) {
        unknownAt
            .computeIfAbsent(position.get(key), p -> new ArrayList<>())
            .add(path.isEmpty() ? key : path + "." + key);
      }
    }
    unknownAt.values().forEach(unknown::addAll);
    return out;
  }

  private JsonNode value(FieldDescriptor field, JsonNode in, String path)
      throws EnvoyValueException {
    if (field.isMapField()) {
      if (!in.isObject()) {
        throw new EnvoyValueException(goMismatch(in, "map[string]json.RawMessage"));
      }
      FieldDescriptor keyField = field.getMessageType().findFieldByName("key");
      FieldDescriptor valueField = field.getMessageType().findFieldByName("value");
      ObjectNode out = NODES.objectNode();
      Iterator<Map.Entry<String, JsonNode>> entries = in.fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        if (keyField.getJavaType() != FieldDescriptor.JavaType.STRING) {
          JsonpbScalars.read(keyField, JsonpbScalars.trimQuote(NODES.textNode(entry.getKey())));
        }
        out.set(
            entry.getKey(),
            single(valueField, entry.getValue(), path + "[" + entry.getKey() + "]"));
      }
      return out;
    }
    if (field.isRepeated()) {
      if (!in.isArray()) {
        throw new EnvoyValueException(goMismatch(in, "[]json.RawMessage"));
      }
      ArrayNode out = NODES.arrayNode();
      for (int i = 0; i < in.size(); i++) {
        out.add(single(field, in.get(i), path + "[" + i + "]"));
      }
      return out;
    }
    return single(field, in, path);
  }

  private JsonNode single(FieldDescriptor field, JsonNode in, String path)
      throws EnvoyValueException {
    return field.getJavaType() == FieldDescriptor.JavaType.MESSAGE
        ? message(in, field.getMessageType(), path)
        : JsonpbScalars.read(field, in);
  }

  private JsonNode any(JsonNode in, String path) throws EnvoyValueException {
    if (!in.isObject()) {
      throw new EnvoyValueException(goMismatch(in, "map[string]json.RawMessage"));
    }
    JsonNode rawType = in.get("@type");
    if (rawType == null) {
      throw new EnvoyValueException("Any JSON doesn't have '@type'");
    }
    if (!rawType.isTextual()) {
      throw new EnvoyValueException(
          "can't unmarshal Any's '@type': " + io.meshward.core.GoQuote.of(rawType.toString()));
    }
    String typeUrl = rawType.asText();
    Descriptor payload = registry.forTypeUrl(typeUrl);
    if (payload == null) {
      throw new EnvoyValueException("could not resolve Any message type: " + typeUrl);
    }
    ObjectNode out = NODES.objectNode();
    out.put("@type", typeUrl.contains("/") ? typeUrl : "type.googleapis.com/" + typeUrl);
    boolean wellKnown = payload.getFile().getPackage().equals("google.protobuf");
    JsonNode value = in.get("value");
    if (wellKnown && value == null) {
      throw new EnvoyValueException("Any JSON doesn't have 'value'");
    }
    try {
      if (wellKnown) {
        out.set("value", message(value, payload, path));
      } else {
        ObjectNode fields = ((ObjectNode) in).deepCopy();
        fields.remove("@type");
        out.setAll((ObjectNode) message(fields, payload, path));
      }
      return out;
    } catch (EnvoyValueException e) {
      throw new EnvoyValueException(
          "can't unmarshal Any nested proto " + typeUrl + ": " + e.getMessage());
    }
  }

  private static String goMismatch(JsonNode in, String goType) {
    return JsonpbScalars.mismatch(JsonpbScalars.kindOf(in), goType).getMessage();
  }
}
