package io.meshward.policy.meshproxypatch;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.policy.jsonpatch.JsonPatchRules;

/**
 * {@code PatchValueRules} is Kuma's rule for a {@code Patch} modification: exactly one of {@code
 * value} (a partial Envoy resource, parsed without field constraints) and a non-empty {@code
 * jsonPatches} (checked by {@link JsonPatchRules}).
 */
final class PatchValueRules {

  private final EnvoyValueRules values;

  PatchValueRules(EnvoyValueRules values) {
    this.values = values;
  }

  void validate(Modification m) {
    JsonNode patches = m.get("jsonPatches");
    if (Modification.isSet(patches) && !patches.isArray()) {
      return;
    }
    int patchCount = patches.isArray() ? patches.size() : 0;
    String key = m.type().key();
    if (m.has("value")) {
      if (patchCount > 0) {
        m.report(key + " must have only one type defined: value, jsonPatches");
      } else {
        values.check(m, false);
      }
    } else if (patchCount > 0) {
      JsonPatchRules.validate(patches, m.path().field("jsonPatches"), m.violations());
    } else {
      m.report(key + " must have exactly one defined: value, jsonPatches");
    }
  }
}
