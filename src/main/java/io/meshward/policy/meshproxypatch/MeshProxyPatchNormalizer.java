package io.meshward.policy.meshproxypatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Change;
import io.meshward.core.FieldPath;
import io.meshward.core.XdsOrigins;
import io.meshward.envoy.DeprecatedFilterNames;
import io.meshward.envoy.DeprecatedFilterNames.FilterKind;
import io.meshward.policy.KindNormalizer;
import io.meshward.policy.jsonpatch.JsonPatchRules;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code MeshProxyPatchNormalizer} repairs the spellings inside {@code
 * spec.default.appendModifications[]} that Kuma compares exactly:
 *
 * <ul>
 *   <li>{@code operation} differing from an operation of its type only in case ({@code patch} →
 *       {@code Patch}, see {@link ModificationType#canonicalOperation(String)});
 *   <li>{@code jsonPatches[].op} differing from an RFC 6902 operation only in case ({@code Replace}
 *       → {@code replace});
 *   <li>{@code match.origin} differing from a known xDS origin only in case ({@link XdsOrigins});
 *   <li>{@code networkFilter}/{@code httpFilter} {@code match.name} naming a filter by a deprecated
 *       Envoy alias ({@link DeprecatedFilterNames}).
 * </ul>
 *
 * <p>{@code match.listenerName} is never rewritten: it names a listener, and a listener may carry
 * any name (even one that looks like an old filter name), so a rewrite could change what matches.
 */
public final class MeshProxyPatchNormalizer implements KindNormalizer {

  private static final FieldPath MODIFICATIONS =
      FieldPath.root("spec").field("default").field("appendModifications");

  private static final Map<ModificationType, FilterKind> FILTER_KINDS =
      Map.of(
          ModificationType.NETWORK_FILTER, FilterKind.NETWORK,
          ModificationType.HTTP_FILTER, FilterKind.HTTP);

  @Override
  public void normalize(ObjectNode object, List<Change> changes) {
    JsonNode items = object.path("spec").path("default").path("appendModifications");
    if (!items.isArray()) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      for (ModificationType type : ModificationType.values()) {
        if (item.get(type.key()) instanceof ObjectNode modification) {
          normalize(type, modification, MODIFICATIONS.index(i).field(type.key()), changes);
        }
      }
    }
  }

  private static void normalize(
      ModificationType type, ObjectNode modification, FieldPath path, List<Change> changes) {
    replace(
        modification,
        "operation",
        path,
        v -> type.canonicalOperation(v).map(ModificationOperation::label),
        changes);
    if (modification.get("match") instanceof ObjectNode match) {
      FieldPath matchPath = path.field("match");
      replace(match, "origin", matchPath, XdsOrigins::canonical, changes);
      FilterKind filterKind = FILTER_KINDS.get(type);
      if (filterKind != null) {
        replace(
            match, "name", matchPath, v -> DeprecatedFilterNames.canonical(filterKind, v), changes);
      }
    }
    JsonNode patches = modification.get("jsonPatches");
    if (patches != null && patches.isArray()) {
      for (int j = 0; j < patches.size(); j++) {
        if (patches.get(j) instanceof ObjectNode block) {
          replace(
              block,
              "op",
              path.field("jsonPatches").index(j),
              MeshProxyPatchNormalizer::op,
              changes);
        }
      }
    }
  }

  private static Optional<String> op(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return JsonPatchRules.OPERATIONS.contains(lower) ? Optional.of(lower) : Optional.empty();
  }

  /** Replaces the text at {@code node.field} by its canonical spelling, when it has one. */
  private static void replace(
      ObjectNode node,
      String field,
      FieldPath parent,
      Function<String, Optional<String>> canonical,
      List<Change> changes) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      return;
    }
    String written = value.asText();
    Optional<String> fixed = canonical.apply(written);
    if (fixed.isPresent() && !fixed.get().equals(written)) {
      node.put(field, fixed.get());
      changes.add(Change.replaced(parent.field(field), written, fixed.get()));
    }
  }
}
