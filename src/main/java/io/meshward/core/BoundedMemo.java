package io.meshward.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code BoundedMemo} remembers values by key, at most {@code capacity} of them: a put that finds
 * it full empties it first. Starting over costs less than tracking what to evict, and a memo that
 * meets that many new keys gains little from the ones it holds. Thread-safe.
 *
 * @param <K> the key; its {@code equals} and {@code hashCode} must not change while it is held
 * @param <V> the remembered value
 */
public final class BoundedMemo<K, V> {

  private final int capacity;
  private final Map<K, V> entries = new ConcurrentHashMap<>();

  /** A memo of at most {@code capacity} entries. */
  public BoundedMemo(int capacity) {
    this.capacity = capacity;
  }

  /** The value remembered for {@code key}, or null. */
  public V get(K key) {
    return entries.get(key);
  }

  /** Remembers {@code value} for {@code key}, emptying the memo first when it is full. */
  public void put(K key, V value) {
    if (entries.size() >= capacity) {
      entries.clear();
    }
    entries.put(key, value);
  }

  /** How many values are remembered now. */
  public int size() {
    return entries.size();
  }
}
