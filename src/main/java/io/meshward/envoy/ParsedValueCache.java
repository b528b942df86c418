package io.meshward.envoy;

import io.meshward.core.BoundedMemo;

/**
 * {@code ParsedValueCache} remembers the latest outcomes of {@link ProtoEnvoyValueParser} by value
 * text: parsing is a pure function of (type, text, which checks), and the same MeshProxyPatch
 * values come back again and again (every UPDATE of an unchanged patch, every render of a proxy it
 * targets, the same patch in many overlays). Bounded in entries and in the size of a value it
 * keeps.
 */
final class ParsedValueCache {

  static final int MAX_ENTRIES = 4096;
  static final int MAX_VALUE_CHARS = 8 * 1024;

  /** What a parse depends on. */
  record Key(EnvoyType type, String value, boolean checkConstraints, boolean checkAnyPayloads) {}

  private final BoundedMemo<Key, ParsedValue> entries = new BoundedMemo<>(MAX_ENTRIES);

  /** The remembered outcome, or null. */
  ParsedValue get(Key key) {
    return entries.get(key);
  }

  /** Remembers {@code outcome} unless the value is too large to keep. */
  void put(Key key, ParsedValue outcome) {
    if (key.value().length() <= MAX_VALUE_CHARS) {
      entries.put(key, outcome);
    }
  }

  int size() {
    return entries.size();
  }
}
