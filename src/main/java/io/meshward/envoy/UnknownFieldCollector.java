package io.meshward.envoy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code UnknownFieldCollector} walks a JSON tree against a message type and lists the fields the
 * type does not know, as dotted paths ({@code circuitBreakers.thresholds[0].maxConection}, {@code
 * typedConfig.statPrefx} inside an {@code Any} resolved by its {@code @type}), while rejecting what
 * protojson rejects even with unknown fields allowed (wrong JSON types, unknown enum names, bad
 * durations, unresolvable {@code @type}).
 */
final class UnknownFieldCollector {

  private final EnvoyTypeRegistry registry;
  private final List<String> unknown = new ArrayList<>();

  private UnknownFieldCollector(EnvoyTypeRegistry registry) {
    this.registry = registry;
  }

  /** The unknown field paths of {@code json} read as {@code type}. */
  static List<String> collect(JsonNode json, Descriptor type, EnvoyTypeRegistry registry)
      throws EnvoyValueException {
    UnknownFieldCollector collector = new UnknownFieldCollector(registry);
    collector.message(json, type, "");
    return List.copyOf(collector.unknown);
  }

  private void message(JsonNode json, Descriptor type, String path) throws EnvoyValueException {
    if (json.isNull()) {
      return;
    }
    if (WellKnownJson.isWellKnown(type)) {
      WellKnownJson.check(json, type, path);
      if (type.getFullName().equals(WellKnownJson.ANY)) {
        any(json, path);
      }
      return;
    }
    if (!json.isObject()) {
      throw JsonScalarChecks.mismatch(json, "object", path);
    }
    Iterator<Map.Entry<String, JsonNode>> fields = json.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      fieldValue(type, entry.getKey(), entry.getValue(), path);
    }
  }

  private void fieldValue(Descriptor type, String key, JsonNode value, String parent)
      throws EnvoyValueException {
    String path = parent.isEmpty() ? key : parent + "." + key;
    FieldDescriptor field = FieldNames.find(type, key);
    if (field == null) {
      unknown.add(path);
      return;
    }
    if (value.isNull()) {
      return;
    }
    if (field.isMapField()) {
      if (!value.isObject()) {
        throw JsonScalarChecks.mismatch(value, "object", path);
      }
      FieldDescriptor valueField = field.getMessageType().findFieldByName("value");
      Iterator<Map.Entry<String, JsonNode>> entries = value.fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        single(valueField, entry.getValue(), path + "[" + entry.getKey() + "]");
      }
    } else if (field.isRepeated()) {
      if (!value.isArray()) {
        throw JsonScalarChecks.mismatch(value, "array", path);
      }
      for (int i = 0; i < value.size(); i++) {
        single(field, value.get(i), path + "[" + i + "]");
      }
    } else {
      single(field, value, path);
    }
  }

  private void single(FieldDescriptor field, JsonNode value, String path)
      throws EnvoyValueException {
    if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
      message(value, field.getMessageType(), path);
    } else {
      JsonScalarChecks.check(field, value, path);
    }
  }

  private void any(JsonNode json, String path) throws EnvoyValueException {
    if (json.isEmpty()) {
      return;
    }
    String typeUrl = json.path("@type").asText("");
    Descriptor payload = registry.forTypeUrl(typeUrl);
    String where = path.isEmpty() ? "@type" : path + ".@type";
    if (typeUrl.isEmpty()) {
      throw new EnvoyValueException("missing @type for field " + (path.isEmpty() ? "value" : path));
    }
    if (payload == null || !typeUrl.contains("/")) {
      throw new EnvoyValueException("unable to resolve \"" + typeUrl + "\" in " + where);
    }
    if (WellKnownJson.isWellKnown(payload)) {
      message(json.path("value"), payload, path.isEmpty() ? "value" : path + ".value");
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = json.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      if (!entry.getKey().equals("@type")) {
        fieldValue(payload, entry.getKey(), entry.getValue(), path);
      }
    }
  }
}
