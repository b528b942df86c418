package io.meshward.policy.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.GoOrder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code ConstraintsRules} is Kuma's {@code validateConstraints}: every {@code
 * dataplaneProxy.requirements[i].tags} and {@code restrictions[i].tags} is a tag selector with at
 * least one tag ({@code ValidateSelector} with {@code RequireAtLeastOneTag}). Tags are checked in
 * sorted key order, as Kuma does. Paths are relative to {@code constraints}.
 */
final class ConstraintsRules {

  private static final Pattern TAG_NAME = Pattern.compile("^[a-zA-Z0-9.\\-_:/]*$");
  private static final Pattern SELECTOR_VALUE = Pattern.compile("^([a-zA-Z0-9.\\-_:/]*|\\*)$");

  private ConstraintsRules() {}

  /** The violations of {@code constraints}; none when it is unset. */
  static FieldErrors validate(JsonNode constraints) {
    FieldErrors errs = new FieldErrors();
    JsonNode proxy = SpecNodes.object(constraints, "dataplaneProxy");
    if (constraints == null || proxy == null) {
      return errs;
    }
    FieldErrors proxyErrs = new FieldErrors();
    for (String list : List.of("requirements", "restrictions")) {
      List<JsonNode> items = SpecNodes.list(proxy, list);
      for (int i = 0; i < items.size(); i++) {
        String path = FieldErrors.index(list, i) + ".tags";
        proxyErrs.addAt("", selector(path, SpecNodes.get(items.get(i), "tags")));
      }
    }
    errs.addAt("dataplaneProxy", proxyErrs);
    return errs;
  }

  /** Kuma's {@code ValidateSelector} with at least one tag required. */
  static FieldErrors selector(String path, JsonNode tags) {
    FieldErrors errs = new FieldErrors();
    Map<String, String> sorted = new TreeMap<>(GoOrder.STRINGS);
    if (tags.isObject()) {
      tags.fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isTextual()) {
                  sorted.put(e.getKey(), e.getValue().asText());
                }
              });
    }
    if (sorted.isEmpty() && !(tags.isObject() && !tags.isEmpty())) {
      errs.add(path, "must have at least one tag");
    }
    for (Map.Entry<String, String> tag : sorted.entrySet()) {
      String key = tag.getKey();
      String keyPath = FieldErrors.key(path, key);
      if (key.isEmpty()) {
        errs.add(path, "tag name must be non-empty");
      }
      if (!TAG_NAME.matcher(key).matches()) {
        errs.add(
            keyPath,
            "tag name must consist of alphanumeric characters, dots, dashes, slashes and"
                + " underscores");
      }
      if (tag.getValue().isEmpty()) {
        errs.add(keyPath, "tag value must be non-empty");
      }
      if (!SELECTOR_VALUE.matcher(tag.getValue()).matches()) {
        errs.add(
            keyPath,
            "tag value must consist of alphanumeric characters, dots, dashes, slashes and"
                + " underscores or be \"*\"");
      }
    }
    return errs;
  }
}
