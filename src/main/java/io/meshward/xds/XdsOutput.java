package io.meshward.xds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code XdsOutput} renders resources as {@code resources: [{name, resource}]}, sorted by type URL
 * then name, each {@code resource} in protojson with its {@code @type} and its keys sorted (the
 * layout of Kuma's golden files); {@code {}} when there are none.
 */
public final class XdsOutput {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private XdsOutput() {}

  /** The document for {@code set}. */
  public static ObjectNode document(ResourceSet set) throws XdsException {
    return document(set.sorted());
  }

  /** The document for {@code resources} (sorted here). */
  public static ObjectNode document(Collection<XdsResource> resources) throws XdsException {
    ResourceSet set = new ResourceSet();
    resources.forEach(set::add);
    ObjectNode doc = NODES.objectNode();
    if (set.size() == 0) {
      return doc;
    }
    ArrayNode list = doc.putArray("resources");
    for (XdsResource r : set.sorted()) {
      ObjectNode entry = list.addObject();
      entry.put("name", r.name());
      ObjectNode body = NODES.objectNode();
      body.put("@type", r.typeUrl());
      body.setAll(ProtoJson.toJson(r.resource()));
      entry.set("resource", sortKeys(wholeNumbers(body)));
    }
    return doc;
  }

  private static final double EXACT_LIMIT = 9007199254740992d; // 2^53

  /**
   * {@code node} with whole {@code double}/{@code float} values (and {@code Struct} numbers)
   * written without a fraction ({@code 2}, not {@code 2.0}), as Go's protojson writes them, so that
   * what meshward shows reads like what Kuma shows. Only for output: parsing does not care.
   */
  private static JsonNode wholeNumbers(JsonNode node) {
    if (node.isFloatingPointNumber()) {
      double d = node.doubleValue();
      boolean whole = d == Math.rint(d) && Math.abs(d) < EXACT_LIMIT && !(d == 0 && 1 / d < 0);
      return whole ? NODES.numberNode((long) d) : node;
    }
    if (node instanceof ObjectNode object) {
      object.properties().forEach(e -> e.setValue(wholeNumbers(e.getValue())));
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, wholeNumbers(array.get(i)));
      }
    }
    return node;
  }

  /** {@code node} with object keys sorted recursively. */
  public static JsonNode sortKeys(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      names.forEach(n -> out.set(n, sortKeys(node.get(n))));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(e -> out.add(sortKeys(e)));
      return out;
    }
    return node;
  }

  /** YAML text in block style (as Kuma's goldens are written). */
  public static String yaml(JsonNode doc) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    options.setWidth(Integer.MAX_VALUE);
    options.setSplitLines(false);
    Object plain = Json.MAPPER.convertValue(doc, Object.class);
    if (plain instanceof Map<?, ?> m && m.isEmpty()) {
      return "{}\n";
    }
    return new Yaml(options).dump(plain);
  }

  /** Pretty JSON text. */
  public static String json(JsonNode doc) {
    return doc.toPrettyString() + "\n";
  }
}
