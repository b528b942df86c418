package io.meshward.envoy;

/**
 * {@code EnvoyValueParser} reads a MeshProxyPatch {@code value} (Envoy YAML or JSON, protojson
 * field names) as its Envoy message, the way Kuma does (YAML to JSON, then protojson with unknown
 * fields allowed), resolving {@code typedConfig} through a registry of every Envoy type.
 */
public interface EnvoyValueParser {

  /**
   * Parses {@code value} as {@code type}.
   *
   * @param type the Envoy message expected
   * @param value the YAML/JSON text
   * @param checkConstraints whether to also enforce Envoy's {@code validate.rules} field
   *     constraints (Kuma does for Add operations, not for Patch)
   */
  ParsedValue parse(EnvoyType type, String value, boolean checkConstraints);
}
