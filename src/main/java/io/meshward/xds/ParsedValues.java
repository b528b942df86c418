package io.meshward.xds;

import io.meshward.envoy.EnvoyType;
import io.meshward.envoy.ParsedValue;
import io.meshward.envoy.ProtoEnvoyValueParser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code ParsedValues} remembers the modification {@code value}s already parsed: a stored
 * MeshProxyPatch is applied once per distinct render of every refresh and again by every render
 * check, and each time its YAML would be read into the same immutable Envoy message. Parsing is a
 * pure function of the Envoy type and the text, so the outcome (message or error) is reused.
 *
 * <p>The cache is bounded: when it holds {@link #CAPACITY} outcomes it starts over, so values of
 * deleted patches do not pile up. Thread-safe.
 */
final class ParsedValues {

  static final int CAPACITY = 4096;

  private record Key(EnvoyType type, String value) {}

  private static final ProtoEnvoyValueParser PARSER = ProtoEnvoyValueParser.matchingKuma();
  private static final Map<Key, ParsedValue> CACHE = new ConcurrentHashMap<>();

  private ParsedValues() {}

  /** {@code value} parsed as {@code type} without field constraints, as Kuma applies it. */
  static ParsedValue parse(EnvoyType type, String value) {
    Key key = new Key(type, value);
    ParsedValue parsed = CACHE.get(key);
    if (parsed == null) {
      parsed = PARSER.parse(type, value, false);
      if (CACHE.size() >= CAPACITY) {
        CACHE.clear();
      }
      CACHE.put(key, parsed);
    }
    return parsed;
  }
}
