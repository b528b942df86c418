package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.envoyproxy.envoy.config.listener.v3.Listener;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ListenerMatch} decides whether a listener is selected by a MeshProxyPatch {@code match}:
 * name (legacy and unified transparent-proxy names are equal), origin, and tags against the
 * listener's {@code io.kuma.tags} metadata with Kuma's tag selector ({@code *} matches any value).
 */
final class ListenerMatch {

  static final String TAGS_METADATA = "io.kuma.tags";

  private ListenerMatch() {}

  /** Matches with the given field names for the listener name and tags. */
  static boolean matches(JsonNode match, String nameField, String tagsField, XdsResource resource) {
    if (match.isMissingNode()) {
      return true;
    }
    JsonNode name = match.path(nameField);
    if (name.isTextual() && !PassthroughNames.listenerNameMatches(name.asText(), resource.name())) {
      return false;
    }
    JsonNode origin = match.path("origin");
    if (origin.isTextual() && !origin.asText().equals(resource.origin())) {
      return false;
    }
    JsonNode selector = match.path(tagsField);
    if (selector.isObject() && !selector.isEmpty() && resource.resource() instanceof Listener l) {
      return selects(selector, tagsOf(l));
    }
    return true;
  }

  /** Kuma's {@code TagSelector.Matches}. */
  static boolean selects(JsonNode selector, Map<String, String> tags) {
    return selects(selector(selector), tags);
  }

  /** A tag selector read from JSON: each key with its value as text. */
  static Map<String, String> selector(JsonNode selector) {
    Map<String, String> out = new LinkedHashMap<>();
    selector.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  /** Kuma's {@code TagSelector.Matches} with a selector read by {@link #selector}. */
  static boolean selects(Map<String, String> selector, Map<String, String> tags) {
    for (Map.Entry<String, String> e : selector.entrySet()) {
      String actual = tags.get(e.getKey());
      String wanted = e.getValue();
      if (actual == null || (!wanted.equals("*") && !wanted.equals(actual))) {
        return false;
      }
    }
    return true;
  }

  static Map<String, String> tagsOf(Listener listener) {
    Map<String, String> tags = new HashMap<>();
    Struct struct = listener.getMetadata().getFilterMetadataMap().get(TAGS_METADATA);
    if (struct != null) {
      for (Map.Entry<String, Value> e : struct.getFieldsMap().entrySet()) {
        tags.put(e.getKey(), e.getValue().getStringValue());
      }
    }
    return tags;
  }
}
