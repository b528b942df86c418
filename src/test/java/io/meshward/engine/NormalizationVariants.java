package io.meshward.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.KumaResource;
import io.meshward.core.XdsOrigins;
import io.meshward.envoy.DeprecatedFilterNames;
import io.meshward.envoy.DeprecatedFilterNames.Alias;
import io.meshward.envoy.DeprecatedFilterNames.FilterKind;
import io.meshward.policy.jsonpatch.JsonPatchRules;
import io.meshward.policy.meshproxypatch.ModificationType;
import io.meshward.policy.targetref.TargetRefKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;

/**
 * {@code NormalizationVariants} derives, from one object, the misspelled variants the mutating
 * webhook must repair: random letter-case changes of targetRef kinds, operations, JSON patch ops
 * and origins; deprecated filter names; no top-level targetRef; no mesh label; and all at once.
 */
final class NormalizationVariants {

  /**
   * One variant.
   *
   * @param name what was changed
   * @param object the variant
   * @param sameMeaning whether it means exactly what the original means (so both normalize alike)
   */
  record Variant(String name, JsonNode object, boolean sameMeaning) {}

  private NormalizationVariants() {}

  /** The variants of {@code original}; none for an object without a spec. */
  static List<Variant> of(JsonNode original, Random random) {
    List<Variant> variants = new ArrayList<>();
    if (!original.path("spec").isObject()) {
      return variants;
    }
    ObjectNode cased = original.deepCopy();
    if (scrambleCase(cased, random)) {
      variants.add(new Variant("case", cased, true));
    }
    ObjectNode aliased = original.deepCopy();
    if (useAliases(aliased)) {
      variants.add(new Variant("alias", aliased, true));
    }
    ObjectNode spec = (ObjectNode) original.get("spec");
    if (spec.has("targetRef")) {
      ObjectNode noTarget = original.deepCopy();
      ((ObjectNode) noTarget.get("spec")).remove("targetRef");
      boolean mesh = spec.get("targetRef").equals(meshTarget(original));
      variants.add(new Variant("no-targetRef", noTarget, mesh));
    }
    JsonNode labels = original.path("metadata").path("labels");
    if (labels.has(KumaResource.MESH_LABEL)) {
      ObjectNode noLabel = original.deepCopy();
      ((ObjectNode) noLabel.get("metadata").get("labels")).remove(KumaResource.MESH_LABEL);
      boolean isDefault = labels.get(KumaResource.MESH_LABEL).asText().equals("default");
      variants.add(new Variant("no-mesh-label", noLabel, isDefault));
    }
    ObjectNode all = original.deepCopy();
    boolean changed = scrambleCase(all, random) | useAliases(all);
    if (all.get("spec").has("targetRef")) {
      ((ObjectNode) all.get("spec")).remove("targetRef");
      changed = true;
    }
    if (changed) {
      variants.add(new Variant("all", all, false));
    }
    return variants;
  }

  private static JsonNode meshTarget(JsonNode original) {
    return io.meshward.core.Json.MAPPER.createObjectNode().put("kind", "Mesh");
  }

  private static boolean scrambleCase(ObjectNode object, Random random) {
    JsonNode spec = object.get("spec");
    boolean changed = scramble(spec.get("targetRef"), "kind", random, NormalizationVariants::kind);
    for (String section : List.of("to", "from", "rules")) {
      for (JsonNode item : spec.path(section)) {
        changed |= scramble(item.get("targetRef"), "kind", random, NormalizationVariants::kind);
      }
    }
    for (JsonNode item : spec.path("default").path("appendModifications")) {
      for (ModificationType type : ModificationType.values()) {
        JsonNode modification = item.get(type.key());
        if (modification == null) {
          continue;
        }
        changed |=
            scramble(
                modification,
                "operation",
                random,
                v -> type.canonicalOperation(v).map(op -> op.label().equals(v)).orElse(false));
        changed |=
            scramble(modification.get("match"), "origin", random, XdsOrigins.KNOWN::contains);
        for (JsonNode block : modification.path("jsonPatches")) {
          changed |= scramble(block, "op", random, JsonPatchRules.OPERATIONS::contains);
        }
      }
    }
    return changed;
  }

  private static boolean kind(String value) {
    return TargetRefKind.of(value).isPresent();
  }

  /** Changes the case of {@code node.field} at random (always to another spelling). */
  private static boolean scramble(
      JsonNode node, String field, Random random, Predicate<String> canonical) {
    if (!(node instanceof ObjectNode object) || !object.path(field).isTextual()) {
      return false;
    }
    String value = object.get(field).asText();
    if (!canonical.test(value) || random.nextInt(4) == 0) {
      return false;
    }
    StringBuilder sb = new StringBuilder();
    for (char c : value.toCharArray()) {
      sb.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    String scrambled = sb.toString();
    if (scrambled.equals(value)) {
      scrambled =
          value.equals(value.toLowerCase(Locale.ROOT))
              ? value.toUpperCase(Locale.ROOT)
              : value.toLowerCase(Locale.ROOT);
    }
    object.put(field, scrambled);
    return true;
  }

  private static boolean useAliases(ObjectNode object) {
    boolean changed = false;
    for (JsonNode item : object.path("spec").path("default").path("appendModifications")) {
      changed |= alias(item.path("networkFilter").path("match"), FilterKind.NETWORK);
      changed |= alias(item.path("httpFilter").path("match"), FilterKind.HTTP);
    }
    return changed;
  }

  private static boolean alias(JsonNode match, FilterKind kind) {
    if (!(match instanceof ObjectNode object) || !object.path("name").isTextual()) {
      return false;
    }
    String name = object.get("name").asText();
    for (Alias alias : DeprecatedFilterNames.TABLE) {
      if (alias.kind() == kind && alias.canonical().equals(name)) {
        object.put("name", alias.deprecated());
        return true;
      }
    }
    return false;
  }
}
