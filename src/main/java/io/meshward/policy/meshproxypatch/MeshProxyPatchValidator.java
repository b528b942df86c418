package io.meshward.policy.meshproxypatch;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.FieldPath;
import io.meshward.core.Violations;
import io.meshward.envoy.EnvoyValueParser;
import io.meshward.policy.KindValidator;
import io.meshward.policy.ValidationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code MeshProxyPatchValidator} holds Kuma's {@code MeshProxyPatch} rules: the top-level {@code
 * targetRef} per policy role, then every {@code spec.default.appendModifications} item (exactly one
 * modification type each, checked by its family's rules). Paths are rooted at {@code spec} and
 * violations come in Kuma's order. Warnings: Kuma's deprecations of the top-level kind and every
 * Envoy field of a {@code value} that Kuma would silently drop.
 */
public final class MeshProxyPatchValidator implements KindValidator {

  private final ResourceModificationRules resources;
  private final FilterModificationRules filters;

  /**
   * @param parser reads modification values as Envoy messages
   */
  public MeshProxyPatchValidator(EnvoyValueParser parser) {
    EnvoyValueRules values = new EnvoyValueRules(parser);
    PatchValueRules patch = new PatchValueRules(values);
    this.resources = new ResourceModificationRules(values, patch);
    this.filters = new FilterModificationRules(values, patch);
  }

  @Override
  public String kind() {
    return "MeshProxyPatch";
  }

  @Override
  public void validate(ValidationContext ctx, Violations violations, List<String> warnings) {
    JsonNode spec = ctx.object().spec();
    if (Modification.isSet(spec) && !spec.isObject()) {
      return;
    }
    FieldPath root = FieldPath.root("spec");
    TopLevelTargetRefRules.validate(
        spec.path("targetRef"), root.field("targetRef"), ctx.role(), violations);
    JsonNode conf = spec.path("default");
    if (Modification.isSet(conf) && !conf.isObject()) {
      return;
    }
    validateModifications(
        conf.path("appendModifications"),
        root.field("default").field("appendModifications"),
        violations,
        warnings);
  }

  private void validateModifications(
      JsonNode items, FieldPath path, Violations violations, List<String> warnings) {
    if (Modification.isSet(items) && !items.isArray()) {
      return;
    }
    if (!items.isArray() || items.isEmpty()) {
      violations.add(path, "must not be empty");
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      if (!item.isObject()) {
        continue;
      }
      FieldPath itemPath = path.index(i);
      List<ModificationType> present = new ArrayList<>();
      for (ModificationType type : ModificationType.values()) {
        if (Modification.isSet(item.get(type.key()))) {
          present.add(type);
        }
      }
      if (present.size() != 1) {
        violations.add(
            itemPath,
            "exactly one modification can be defined at a time. Currently, "
                + present.size()
                + " modifications are defined");
        continue;
      }
      ModificationType type = present.get(0);
      JsonNode body = item.get(type.key());
      if (!body.isObject()) {
        continue;
      }
      Modification m =
          new Modification(type, body, itemPath.field(type.key()), violations, warnings);
      if (type.isFilter()) {
        filters.validate(m);
      } else {
        resources.validate(m);
      }
    }
  }
}
