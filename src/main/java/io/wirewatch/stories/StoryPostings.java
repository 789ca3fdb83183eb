package io.wirewatch.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Which open stories hold each term (and the one instance of the term they share), and the stories an item's
 * terms nominate. Each open story has a slot (a
 * small int, reused when a story closes); a term's postings are the slots of its stories in a plain int array,
 * and the nomination sums an item's term weights per slot in one dense array. With a hundred thousand stories
 * open, an item reads thousands of postings: as boxed story ids in hash sets, that reading was most of what
 * the clustering cost per item. Single-threaded, like the clusterer that owns it.
 */
final class StoryPostings {
  private final Map<String, Integer> slots = new HashMap<>();
  private final Map<String, Slots> byTerm = new HashMap<>();
  private String[] ids = new String[64];
  private int[] free = new int[16];
  private int freeCount;
  private int used;
  /** The nomination's sum per slot, zero between nominations. */
  private double[] sums = new double[64];
  private boolean[] seen = new boolean[64];
  private int[] touched = new int[64];

  /** A term's stories, as slots in no particular order, and the instance of the term the open stories share. */
  private static final class Slots {
    final String term;
    int[] slot = new int[2];
    int size;

    Slots(String term) {
      this.term = term;
    }

    void add(int s) {
      if (size == slot.length) {
        slot = Arrays.copyOf(slot, size * 2);
      }
      slot[size++] = s;
    }

    void remove(int s) {
      for (int i = 0; i < size; i++) {
        if (slot[i] == s) {
          slot[i] = slot[--size];
          return;
        }
      }
    }
  }

  /** Records that story {@code id} holds {@code term} (a story is added once per term it newly holds). */
  void add(String term, String id) {
    byTerm.computeIfAbsent(term, Slots::new).add(slotOf(id));
  }

  /** Records that story {@code id} no longer holds {@code term}; true when no open story holds it now. */
  boolean remove(String term, String id) {
    Slots s = byTerm.get(term);
    Integer slot = slots.get(id);
    if (s == null || slot == null) {
      return false;
    }
    s.remove(slot);
    if (s.size == 0) {
      byTerm.remove(term);
      return true;
    }
    return false;
  }

  /** Frees the slot of a story that has closed (after its terms were removed). */
  void close(String id) {
    Integer slot = slots.remove(id);
    if (slot != null) {
      ids[slot] = null;
      if (freeCount == free.length) {
        free = Arrays.copyOf(free, freeCount * 2);
      }
      free[freeCount++] = slot;
    }
  }

  /** The instance of {@code term} the open stories share, or {@code term} itself when no open story holds it. */
  String instance(String term) {
    Slots s = byTerm.get(term);
    return s == null ? term : s.term;
  }

  /** How many open stories hold {@code term}. */
  int count(String term) {
    Slots s = byTerm.get(term);
    return s == null ? 0 : s.size;
  }

  /**
   * The ids of at most {@code max} stories with the greatest sum of the {@code nominating} weights they hold,
   * ties to the smaller id; a term held by more than {@code cap} stories nominates none.
   */
  List<String> nominate(Map<String, Float> nominating, int cap, int max) {
    int count = 0;
    for (Map.Entry<String, Float> e : nominating.entrySet()) {
      Slots s = byTerm.get(e.getKey());
      if (s == null || s.size > cap) {
        continue;
      }
      double w = e.getValue();
      for (int i = 0; i < s.size; i++) {
        int slot = s.slot[i];
        if (!seen[slot]) {
          seen[slot] = true;
          if (count == touched.length) {
            touched = Arrays.copyOf(touched, count * 2);
          }
          touched[count++] = slot;
        }
        sums[slot] += w;
      }
    }
    PriorityQueue<Nominee> best = new PriorityQueue<>(max + 1);
    for (int i = 0; i < count; i++) {
      int slot = touched[i];
      Nominee n = new Nominee(ids[slot], sums[slot]);
      sums[slot] = 0;
      seen[slot] = false;
      if (best.size() < max) {
        best.add(n);
      } else if (n.compareTo(best.peek()) > 0) {
        best.poll();
        best.add(n);
      }
    }
    List<String> out = new ArrayList<>(best.size());
    best.forEach(n -> out.add(n.id));
    return out;
  }

  /** A nominated story: weaker sums first, and of equal sums the greater id. */
  private record Nominee(String id, double sum) implements Comparable<Nominee> {
    @Override
    public int compareTo(Nominee o) {
      int c = Double.compare(sum, o.sum);
      return c != 0 ? c : o.id.compareTo(id);
    }
  }

  private int slotOf(String id) {
    Integer slot = slots.get(id);
    if (slot != null) {
      return slot;
    }
    int s = freeCount > 0 ? free[--freeCount] : used++;
    if (s == ids.length) {
      ids = Arrays.copyOf(ids, s * 2);
      sums = Arrays.copyOf(sums, s * 2);
      seen = Arrays.copyOf(seen, s * 2);
    }
    ids[s] = id;
    slots.put(id, s);
    return s;
  }
}
