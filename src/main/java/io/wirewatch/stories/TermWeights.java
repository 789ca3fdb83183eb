package io.wirewatch.stories;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map of terms to weights in two flat arrays (open addressing, at most three quarters full): a story's
 * centroid. The open stories are the clusterer's heap; as an immutable JDK map every weight was a boxed
 * {@code Float} and every term took four table slots, about twice what the arrays take. {@link #weight} reads a
 * weight without boxing. Thread-safe once built.
 */
final class TermWeights extends AbstractMap<String, Float> {
  private static final TermWeights EMPTY = new TermWeights(new String[1], new float[1], 0);

  private final String[] keys;
  private final float[] weights;
  private final int size;

  private TermWeights(String[] keys, float[] weights, int size) {
    this.keys = keys;
    this.weights = weights;
    this.size = size;
  }

  /** The weights of {@code map} (itself when it already is one). Null keys or weights are refused. */
  static TermWeights copyOf(Map<String, Float> map) {
    if (map instanceof TermWeights w) {
      return w;
    }
    if (map.isEmpty()) {
      return EMPTY;
    }
    // the least power of two at least four thirds of the size: most lookups that reach the table hit (a story's
    // TermFilter answers most misses), and linear probing finds a hit in about two steps at this load
    int capacity = Integer.highestOneBit(Math.max(2, (map.size() * 4 + 2) / 3) - 1) << 1;
    String[] keys = new String[capacity];
    float[] weights = new float[capacity];
    for (Map.Entry<String, Float> e : map.entrySet()) {
      String k = java.util.Objects.requireNonNull(e.getKey(), "term");
      float w = java.util.Objects.requireNonNull(e.getValue(), "weight");
      int i = slot(keys, k);
      keys[i] = k;
      weights[i] = w;
    }
    return new TermWeights(keys, weights, map.size());
  }

  /** The weight of {@code term}, or NaN when the map lacks it. */
  float weight(String term) {
    int i = slot(keys, term);
    return keys[i] == null ? Float.NaN : weights[i];
  }

  /** The slot holding {@code key}, or the empty slot where it would go. */
  private static int slot(String[] keys, String key) {
    int mask = keys.length - 1;
    int h = key.hashCode();
    int i = (h ^ (h >>> 16)) & mask;
    while (keys[i] != null && !keys[i].equals(key)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String s && keys[slot(keys, s)] != null;
  }

  @Override
  public Float get(Object key) {
    if (!(key instanceof String s)) {
      return null;
    }
    int i = slot(keys, s);
    return keys[i] == null ? null : weights[i];
  }

  @Override
  public void forEach(java.util.function.BiConsumer<? super String, ? super Float> action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        action.accept(keys[i], weights[i]);
      }
    }
  }

  @Override
  public Set<Map.Entry<String, Float>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, Float>> iterator() {
        return new Iterator<>() {
          private int next = advance(0);

          private int advance(int from) {
            int i = from;
            while (i < keys.length && keys[i] == null) {
              i++;
            }
            return i;
          }

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<String, Float> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, Float> e = new SimpleImmutableEntry<>(keys[next], weights[next]);
            next = advance(next + 1);
            return e;
          }
        };
      }
    };
  }
}
