package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Message;
import java.util.List;

/**
 * {@code ResourceInput} reads the input of {@code meshward xds patch}: either {@code resources:
 * [{origin, resource}]} with {@code resource} carrying its {@code @type}, or an Envoy admin {@code
 * config_dump} (static and dynamic active clusters and listeners; protojson or proto field names).
 * A config dump holds no origins, so they are inferred from Kuma's names: {@code transparent} for
 * the transparent-proxy resources, else the prefix before the first {@code :} ({@code inbound},
 * {@code outbound}).
 */
public final class ResourceInput {

  private ResourceInput() {}

  /** The resources of {@code doc}. */
  public static ResourceSet read(JsonNode doc) throws XdsException {
    ResourceSet set = new ResourceSet();
    if (doc.path("configs").isArray()) {
      for (JsonNode config : doc.get("configs")) {
        for (String list : List.of("static_clusters", "dynamic_active_clusters")) {
          for (JsonNode item : field(config, list)) {
            add(set, field(item, "cluster"), XdsTypes.CLUSTER, null);
          }
        }
        for (JsonNode item : field(config, "static_listeners")) {
          add(set, field(item, "listener"), XdsTypes.LISTENER, null);
        }
        for (JsonNode item : field(config, "dynamic_listeners")) {
          add(set, field(field(item, "active_state"), "listener"), XdsTypes.LISTENER, null);
        }
      }
      return set;
    }
    if (!doc.path("resources").isArray()) {
      throw new XdsException("input holds neither \"resources\" nor a config_dump \"configs\"");
    }
    for (JsonNode item : doc.get("resources")) {
      JsonNode resource = item.path("resource");
      if (!resource.isObject() || !resource.path("@type").isTextual()) {
        throw new XdsException("every resource needs an object \"resource\" with its \"@type\"");
      }
      add(set, resource, null, item.path("origin").asText(""));
    }
    return set;
  }

  private static void add(ResourceSet set, JsonNode json, String typeUrl, String origin)
      throws XdsException {
    if (!json.isObject()) {
      return;
    }
    com.fasterxml.jackson.databind.node.ObjectNode typed =
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).deepCopy();
    if (typeUrl != null) {
      typed.put("@type", typeUrl);
    }
    Message message = ProtoJson.fromTypedJson(typed);
    var nameField = message.getDescriptorForType().findFieldByName("name");
    String name = nameField == null ? "" : (String) message.getField(nameField);
    set.add(new XdsResource(name, origin != null ? origin : inferOrigin(name), message));
  }

  /** The origin Kuma would have given a resource of this name. */
  static String inferOrigin(String name) {
    if (name.startsWith("self_transparentproxy_") || name.contains(":passthrough:")) {
      return XdsTypes.ORIGIN_TRANSPARENT;
    }
    int colon = name.indexOf(':');
    return colon > 0 ? name.substring(0, colon) : "";
  }

  private static JsonNode field(JsonNode node, String snake) {
    JsonNode v = node.path(snake);
    if (v.isMissingNode()) {
      StringBuilder camel = new StringBuilder();
      boolean up = false;
      for (char c : snake.toCharArray()) {
        if (c == '_') {
          up = true;
        } else {
          camel.append(up ? Character.toUpperCase(c) : c);
          up = false;
        }
      }
      v = node.path(camel.toString());
    }
    return v;
  }
}
