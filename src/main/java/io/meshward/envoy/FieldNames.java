package io.meshward.envoy;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code FieldNames} finds a message's field by either of the names protojson accepts: the proto
 * name ({@code connect_timeout}) or the JSON name ({@code connectTimeout}), the proto name first.
 * The lookup table of a message type is built once, on first use (there are at most as many tables
 * as Envoy message types); thread-safe.
 */
final class FieldNames {

  private static final Map<Descriptor, Map<String, FieldDescriptor>> TABLES =
      new ConcurrentHashMap<>();

  private FieldNames() {}

  /** The field of {@code type} named {@code key} (proto or JSON name), or null. */
  static FieldDescriptor find(Descriptor type, String key) {
    return TABLES.computeIfAbsent(type, FieldNames::table).get(key);
  }

  private static Map<String, FieldDescriptor> table(Descriptor type) {
    Map<String, FieldDescriptor> byName = new HashMap<>();
    for (FieldDescriptor field : type.getFields()) {
      byName.putIfAbsent(field.getJsonName(), field);
    }
    for (FieldDescriptor field : type.getFields()) {
      byName.put(field.getName(), field);
    }
    return Map.copyOf(byName);
  }
}
