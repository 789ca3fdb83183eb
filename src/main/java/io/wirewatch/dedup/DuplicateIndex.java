package io.wirewatch.dedup;

import io.wirewatch.model.ContentSignature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The texts seen within the dedup window, indexed for exact lookup (normalised-text hash) and for near
 * lookup (MinHash LSH: {@code bands} bands of {@code rows} hashes; a candidate shares at least one band and
 * is then verified by its estimated Jaccard similarity). The entries are the state; the indexes are
 * rebuilt from them, so persisting the entries is enough to survive a restart.
 *
 * <p>The index lives on the deciding task's heap for the whole window, one entry per text, so it is kept in
 * primitive arrays: each entry has a slot, and the entries sharing a band (or a text hash) are a chain of
 * slots through one {@code int} per entry and band. A text costs its entry and about 0.5 KB of index, where
 * a map of band strings to lists of ids cost several kilobytes more. Freed slots are reused, and the arrays
 * are rebuilt smaller when the window holds a quarter of what they were sized for.
 */
public final class DuplicateIndex {

  /** One remembered text: which item version it was, where it came from, which story it joined. */
  public record Entry(String id, String uri, String source, String story, String exactHash, int[] minHash,
      List<String> numbers, int words, Instant eventTime) {}

  /** A duplicate found: the earlier entry, the similarity, and whether the texts were identical. */
  public record Match(Entry original, double similarity, boolean exact) {}

  private static final int NONE = -1;
  private static final int INITIAL_SLOTS = 64;
  private static final Comparator<Entry> EARLIEST =
      Comparator.comparing(Entry::eventTime).thenComparing(Entry::id);

  private final int bands;
  private final int rows;
  private final Map<String, Integer> slotOf = new HashMap<>();
  /** The first slot of each text hash's chain. */
  private final Map<String, Integer> byHash = new HashMap<>();
  private Entry[] entries;
  /** The next slot with the same text hash, or {@link #NONE}. */
  private int[] nextSameHash;
  /** {@code nextInBand[slot * bands + b]}: the next slot sharing band {@code b}'s key, or {@link #NONE}. */
  private int[] nextInBand;
  private BandHeads heads;
  private int[] free;
  private int freeCount;
  private int highWater;

  public DuplicateIndex(int bands, int rows) {
    this.bands = bands;
    this.rows = rows;
    allocate(INITIAL_SLOTS);
  }

  private void allocate(int slots) {
    entries = new Entry[slots];
    nextSameHash = new int[slots];
    nextInBand = new int[slots * bands];
    free = new int[slots];
    freeCount = 0;
    highWater = 0;
    heads = new BandHeads(slots * bands);
  }

  public void add(Entry e) {
    if (slotOf.containsKey(e.id())) {
      return;
    }
    int slot = takeSlot();
    entries[slot] = e;
    slotOf.put(e.id(), slot);
    Integer head = byHash.put(e.exactHash(), slot);
    nextSameHash[slot] = head == null ? NONE : head;
    int n = bandCount(e.minHash());
    for (int b = 0; b < n; b++) {
      long key = bandKey(e.minHash(), b);
      nextInBand[slot * bands + b] = heads.get(key);
      heads.put(key, slot);
    }
  }

  public Optional<Entry> get(String id) {
    Integer slot = slotOf.get(id);
    return slot == null ? Optional.empty() : Optional.of(entries[slot]);
  }

  /** How many texts the index holds. */
  public int size() {
    return slotOf.size();
  }

  /**
   * The earliest remembered text this signature copies: an identical text, else the most similar text at
   * or above {@code threshold} that states the same numbers (a copy adds no new figure).
   */
  public Optional<Match> find(ContentSignature sig, double threshold) {
    Entry exact = null;
    Integer head = byHash.get(sig.exactHash());
    for (int s = head == null ? NONE : head; s != NONE; s = nextSameHash[s]) {
      if (exact == null || EARLIEST.compare(entries[s], exact) < 0) {
        exact = entries[s];
      }
    }
    if (exact != null) {
      return Optional.of(new Match(exact, 1.0, true));
    }
    List<Entry> candidates = new ArrayList<>();
    int n = bandCount(sig.minHash());
    for (int b = 0; b < n; b++) {
      for (int s = heads.get(bandKey(sig.minHash(), b)); s != NONE; s = nextInBand[s * bands + b]) {
        candidates.add(entries[s]);
      }
    }
    candidates.sort(EARLIEST);
    Match best = null;
    Entry previous = null;
    for (Entry c : candidates) {
      if (c == previous) {
        continue;
      }
      previous = c;
      double s = MinHasher.similarity(sig.minHash(), c.minHash());
      if (s >= threshold && c.numbers().equals(sig.numbers()) && (best == null || s > best.similarity())) {
        best = new Match(c, s, false);
      }
    }
    return Optional.ofNullable(best);
  }

  /** Forgets entries older than {@code cutoff}; returns their ids. */
  public List<String> expireBefore(Instant cutoff) {
    List<Entry> old = new ArrayList<>();
    for (int s = 0; s < highWater; s++) {
      if (entries[s] != null && entries[s].eventTime().isBefore(cutoff)) {
        old.add(entries[s]);
      }
    }
    for (Entry e : old) {
      remove(e);
    }
    if (entries.length > INITIAL_SLOTS && slotOf.size() < entries.length / 4) {
      rebuild(Math.max(INITIAL_SLOTS, Integer.highestOneBit(Math.max(1, slotOf.size())) * 2));
    }
    return old.stream().map(Entry::id).toList();
  }

  /**
   * Forgets the {@code count} earliest entries (by event time, then id); returns their ids. What bounds the
   * window by its number of texts, so that the heap it takes does not follow the feed's rate.
   */
  public List<String> expireOldest(int count) {
    if (count <= 0) {
      return List.of();
    }
    List<Entry> live = new ArrayList<>(slotOf.size());
    for (int s = 0; s < highWater; s++) {
      if (entries[s] != null) {
        live.add(entries[s]);
      }
    }
    live.sort(EARLIEST);
    List<Entry> old = live.subList(0, Math.min(count, live.size()));
    List<String> ids = old.stream().map(Entry::id).toList();
    for (Entry e : old) {
      remove(e);
    }
    return ids;
  }

  private void remove(Entry e) {
    int slot = slotOf.remove(e.id());
    Integer head = byHash.get(e.exactHash());
    if (head == slot) {
      if (nextSameHash[slot] == NONE) {
        byHash.remove(e.exactHash());
      } else {
        byHash.put(e.exactHash(), nextSameHash[slot]);
      }
    } else {
      int s = head;
      while (nextSameHash[s] != slot) {
        s = nextSameHash[s];
      }
      nextSameHash[s] = nextSameHash[slot];
    }
    int n = bandCount(e.minHash());
    for (int b = 0; b < n; b++) {
      long key = bandKey(e.minHash(), b);
      int next = nextInBand[slot * bands + b];
      int first = heads.get(key);
      if (first == slot) {
        if (next == NONE) {
          heads.remove(key);
        } else {
          heads.put(key, next);
        }
      } else {
        int s = first;
        while (nextInBand[s * bands + b] != slot) {
          s = nextInBand[s * bands + b];
        }
        nextInBand[s * bands + b] = next;
      }
    }
    entries[slot] = null;
    free[freeCount++] = slot;
  }

  private int takeSlot() {
    if (freeCount > 0) {
      return free[--freeCount];
    }
    if (highWater == entries.length) {
      rebuild(entries.length * 2);
    }
    return highWater++;
  }

  /** Lays the index out again in arrays of {@code slots} slots, the entries in their earlier slot order. */
  private void rebuild(int slots) {
    Entry[] kept = Arrays.copyOf(entries, highWater);
    slotOf.clear();
    byHash.clear();
    allocate(slots);
    for (Entry e : kept) {
      if (e != null) {
        add(e);
      }
    }
  }

  private int bandCount(int[] sig) {
    return Math.min(bands, sig.length / rows);
  }

  /** Band {@code b} of a signature as one number: the band's index and its hashes' hash, never 0. */
  private long bandKey(int[] sig, int b) {
    int h = 1;
    for (int i = b * rows; i < (b + 1) * rows; i++) {
      h = 31 * h + sig[i];
    }
    return ((long) (b + 1) << 32) | (h & 0xffffffffL);
  }

  /** An open-addressing table from a band key to the first slot of its chain (linear probing, 0 is free). */
  private static final class BandHeads {
    private final long[] keys;
    private final int[] heads;
    private final int mask;

    BandHeads(int expected) {
      int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2;
      keys = new long[capacity];
      heads = new int[capacity];
      mask = capacity - 1;
    }

    private int home(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32)) & mask;
    }

    int get(long key) {
      for (int i = home(key); keys[i] != 0; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return heads[i];
        }
      }
      return NONE;
    }

    /** Sets a key's first slot; the table is sized for every band of every slot, so it never fills. */
    void put(long key, int head) {
      int i = home(key);
      while (keys[i] != 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      heads[i] = head;
    }

    /** Removes a key, shifting back the keys after it in its run so that every key stays reachable. */
    void remove(long key) {
      int i = home(key);
      while (keys[i] != key) {
        if (keys[i] == 0) {
          return;
        }
        i = (i + 1) & mask;
      }
      int hole = i;
      for (int j = (hole + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
        int h = home(keys[j]);
        // the key at j may fill the hole unless its home lies cyclically in (hole, j]
        boolean homeBetween = hole <= j ? hole < h && h <= j : hole < h || h <= j;
        if (!homeBetween) {
          keys[hole] = keys[j];
          heads[hole] = heads[j];
          hole = j;
        }
      }
      keys[hole] = 0;
    }
  }
}
