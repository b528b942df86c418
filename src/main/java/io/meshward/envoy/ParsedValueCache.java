package io.meshward.envoy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ParsedValueCache} remembers the latest outcomes of {@link ProtoEnvoyValueParser} by value
 * text: parsing is a pure function of (type, text, which checks), and the same MeshProxyPatch
 * values come back again and again (every UPDATE of an unchanged patch, every render of a proxy it
 * targets, the same patch in many overlays). Bounded in entries and in the size of a value it
 * keeps.
 */
final class ParsedValueCache {

  static final int MAX_ENTRIES = 512;
  static final int MAX_VALUE_CHARS = 16 * 1024;

  /** What a parse depends on. */
  record Key(EnvoyType type, String value, boolean checkConstraints, boolean checkAnyPayloads) {}

  private final Map<Key, ParsedValue> entries =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ParsedValue> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  /** The remembered outcome, or null. */
  synchronized ParsedValue get(Key key) {
    return entries.get(key);
  }

  /** Remembers {@code outcome} unless the value is too large to keep. */
  synchronized void put(Key key, ParsedValue outcome) {
    if (key.value().length() <= MAX_VALUE_CHARS) {
      entries.put(key, outcome);
    }
  }

  synchronized int size() {
    return entries.size();
  }
}
