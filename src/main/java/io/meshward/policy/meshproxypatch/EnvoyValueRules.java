package io.meshward.policy.meshproxypatch;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.FieldPath;
import io.meshward.envoy.EnvoyValueParser;
import io.meshward.envoy.ParsedValue;

/**
 * {@code EnvoyValueRules} checks a modification's {@code value} as its Envoy message. Added
 * resources must parse and pass Envoy's field constraints; patch values only have to parse (partial
 * objects are fine). Fields Envoy does not know are dropped silently by Kuma, so each is reported
 * as a warning.
 */
final class EnvoyValueRules {

  private final EnvoyValueParser parser;

  EnvoyValueRules(EnvoyValueParser parser) {
    this.parser = parser;
  }

  /** Kuma's rule for added resources: {@code value} must be defined and valid, constraints too. */
  void requireValid(Modification m) {
    if (!m.has("value")) {
      m.report("value", "must be defined");
      return;
    }
    check(m, true);
  }

  /**
   * Parses {@code value} when it is a string.
   *
   * @param checkConstraints whether Envoy's field constraints must hold as well
   */
  void check(Modification m, boolean checkConstraints) {
    JsonNode value = m.get("value");
    if (!value.isTextual()) {
      return;
    }
    ParsedValue parsed = parser.parse(m.type().envoyType(), value.asText(), checkConstraints);
    if (parsed == null) {
      return;
    }
    if (!parsed.valid()) {
      m.report("value", "native Envoy resource is not valid: " + parsed.error());
    }
    if (parsed.unknownFields() != null) {
      FieldPath at = m.path().field("value");
      for (String field : parsed.unknownFields()) {
        m.warnings().add(at + ": unknown field \"" + field + "\" is ignored by Kuma");
      }
    }
  }
}
