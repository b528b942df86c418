package io.meshward.policy.targetref;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code TargetRefFields} reads the fields of a raw {@code targetRef} the way Kuma's decoded struct
 * sees them: an absent, {@code null} or empty string is "not set", and so is an absent, {@code
 * null} or empty map. Values of the wrong JSON type read as not set (the schema check reports
 * them).
 *
 * @param kind {@code kind}; empty when not set
 * @param name {@code name}; empty when not set
 * @param mesh {@code mesh}; empty when not set
 * @param namespace {@code namespace}; empty when not set
 * @param sectionName {@code sectionName}; empty when not set
 * @param tags {@code tags}; only string values are kept
 * @param labels {@code labels}; only string values are kept
 * @param proxyTypesCount the number of {@code proxyTypes} items; -1 when the list is absent
 */
record TargetRefFields(
    String kind,
    String name,
    String mesh,
    String namespace,
    String sectionName,
    Map<String, String> tags,
    Map<String, String> labels,
    int proxyTypesCount) {

  /** Reads {@code ref}. */
  static TargetRefFields of(JsonNode ref) {
    JsonNode proxyTypes = ref.path("proxyTypes");
    return new TargetRefFields(
        text(ref.path("kind")),
        text(ref.path("name")),
        text(ref.path("mesh")),
        text(ref.path("namespace")),
        text(ref.path("sectionName")),
        stringMap(ref.path("tags")),
        stringMap(ref.path("labels")),
        proxyTypes.isArray() ? proxyTypes.size() : -1);
  }

  /** Whether {@code proxyTypes} holds at least one item. */
  boolean hasProxyTypes() {
    return proxyTypesCount > 0;
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.asText() : "";
  }

  private static Map<String, String> stringMap(JsonNode node) {
    if (!node.isObject()) {
      return Map.of();
    }
    Map<String, String> map = new LinkedHashMap<>();
    node.fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isTextual()) {
                map.put(e.getKey(), e.getValue().asText());
              }
            });
    return Collections.unmodifiableMap(map);
  }
}
