package io.wirewatch.stories;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The values of a key-value store that the task read or wrote last, as objects: the story stage reads each
 * story's record and state for every item that joins it, and a store keeps serialised bytes, so without this
 * every item would parse its story's JSON again. Bounded (least recently used first out), written through
 * to the store on every change, and emptied when the processor is initialised, so a task restored after a
 * failure never sees a value its store does not hold.
 */
final class RecentValues<V> {
  private final KeyValueStore<String, V> store;
  private final Map<String, V> recent;

  RecentValues(KeyValueStore<String, V> store, int capacity) {
    this.store = store;
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The value of {@code key}: from memory when the task used it lately, else from the store. */
  V get(String key) {
    V v = recent.get(key);
    if (v == null) {
      v = store.get(key);
      if (v != null) {
        recent.put(key, v);
      }
    }
    return v;
  }

  void put(String key, V value) {
    store.put(key, value);
    if (value == null) {
      recent.remove(key);
    } else {
      recent.put(key, value);
    }
  }

  void delete(String key) {
    store.delete(key);
    recent.remove(key);
  }

  /** The store itself, for reads that must see every key (the sweep of idle stories). */
  KeyValueStore<String, V> store() {
    return store;
  }
}
