package io.meshward.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.fabric8.zjsonpatch.DiffFlags;
import io.fabric8.zjsonpatch.JsonDiff;
import io.meshward.cli.report.ResourceDiff;
import io.meshward.core.Json;
import io.meshward.xds.ResourceSet;
import io.meshward.xds.XdsException;
import io.meshward.xds.XdsOutput;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code ResourceDiffer} diffs two renders of a proxy resource by resource, in protojson (keys
 * sorted, {@code @type} included), as RFC 6902 patches.
 */
final class ResourceDiffer {

  private static final EnumSet<DiffFlags> FLAGS =
      EnumSet.of(DiffFlags.OMIT_MOVE_OPERATION, DiffFlags.OMIT_COPY_OPERATION);

  private ResourceDiffer() {}

  /**
   * One render: resources by {@code typeUrl name}, or why it failed.
   *
   * @param resources protojson of each resource, keyed by type URL, a space and name
   * @param error why rendering failed; empty when it did not
   */
  record Rendered(Map<String, JsonNode> resources, String error) {

    static Rendered of(ResourceSet set) throws XdsException {
      Map<String, JsonNode> byKey = new TreeMap<>();
      for (JsonNode entry : XdsOutput.document(set).path("resources")) {
        JsonNode body = entry.path("resource");
        byKey.put(body.path("@type").asText() + " " + entry.path("name").asText(), body);
      }
      return new Rendered(byKey, "");
    }

    static Rendered failed(String why) {
      return new Rendered(Map.of(), why);
    }
  }

  /** The changed resources, sorted by type URL then name. */
  static List<ResourceDiff> diff(Rendered base, Rendered head) {
    TreeSet<String> keys = new TreeSet<>(base.resources().keySet());
    keys.addAll(head.resources().keySet());
    List<ResourceDiff> out = new ArrayList<>();
    for (String key : keys) {
      String type = key.substring(0, key.indexOf(' '));
      String name = key.substring(key.indexOf(' ') + 1);
      JsonNode before = base.resources().get(key);
      JsonNode after = head.resources().get(key);
      ArrayNode patch = Json.MAPPER.createArrayNode();
      String change;
      if (before == null) {
        change = "added";
        patch.addObject().put("op", "add").put("path", "").set("value", after);
      } else if (after == null) {
        change = "removed";
        patch.addObject().put("op", "remove").put("path", "");
      } else {
        change = "modified";
        patch = (ArrayNode) JsonDiff.asJson(before, after, FLAGS);
        if (patch.isEmpty()) {
          continue;
        }
      }
      out.add(new ResourceDiff(name, type, change, patch));
    }
    return out;
  }
}
