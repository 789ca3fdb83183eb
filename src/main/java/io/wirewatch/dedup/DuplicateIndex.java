package io.wirewatch.dedup;

import io.wirewatch.model.ContentSignature;
import java.time.Instant;
import java.util.ArrayList;
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
 * <p>The index lives on the deciding task's heap for the whole window, one slot per text, so it keeps only
 * what a lookup needs, in primitive arrays: the id, the source and story a duplicate points at, the
 * signature, the event time, the text hash as two 64-bit hashes and the numbers as one (a text's numbers
 * were a list of strings, often the largest part of an entry). The entries sharing a band (or a text hash) are a
 * chain of slots through one {@code int} per slot and band. Freed slots are reused, and the arrays are rebuilt
 * smaller when the window holds a quarter of what they were sized for. The whole entries are the store's.
 */
public final class DuplicateIndex {

  /** One remembered text: which item version it was, where it came from, which story it joined. */
  public record Entry(String id, String uri, String source, String story, String exactHash, int[] minHash,
      List<String> numbers, int words, Instant eventTime) {}

  /**
   * A duplicate found: the earlier text's id, the source and story it came with, the similarity, and whether
   * the texts were identical.
   */
  public record Match(String id, String source, String story, double similarity, boolean exact) {}

  private static final int NONE = -1;
  private static final int INITIAL_SLOTS = 64;

  private final int bands;
  private final int rows;
  private final Map<String, Integer> slotOf = new HashMap<>();
  private String[] ids;
  private String[] sources;
  private String[] stories;
  private int[][] minHashes;
  private long[] hashHigh;
  private long[] hashLow;
  private long[] numbers;
  private int[] words;
  private long[] seconds;
  private int[] nanos;
  /** The next slot with the same text hash, or {@link #NONE}. */
  private int[] nextSameHash;
  /** {@code nextInBand[slot * bands + b]}: the next slot sharing band {@code b}'s key, or {@link #NONE}. */
  private int[] nextInBand;
  private BandHeads heads;
  private BandHeads hashHeads;
  private int[] free;
  private int freeCount;
  private int highWater;

  public DuplicateIndex(int bands, int rows) {
    this.bands = bands;
    this.rows = rows;
    allocate(INITIAL_SLOTS);
  }

  private void allocate(int slots) {
    ids = new String[slots];
    sources = new String[slots];
    stories = new String[slots];
    minHashes = new int[slots][];
    hashHigh = new long[slots];
    hashLow = new long[slots];
    numbers = new long[slots];
    words = new int[slots];
    seconds = new long[slots];
    nanos = new int[slots];
    nextSameHash = new int[slots];
    nextInBand = new int[slots * bands];
    free = new int[slots];
    freeCount = 0;
    highWater = 0;
    heads = new BandHeads(slots * bands);
    hashHeads = new BandHeads(slots);
  }

  public void add(Entry e) {
    if (slotOf.containsKey(e.id())) {
      return;
    }
    int[] minHash = e.minHash() == null ? new int[0] : e.minHash();
    put(takeSlot(), e.id(), e.source(), e.story(), hash(e.exactHash(), SEED_HIGH), hash(e.exactHash(), SEED_LOW),
        minHash, numbersHash(e.numbers()), e.words(), e.eventTime() == null ? 0 : e.eventTime().getEpochSecond(),
        e.eventTime() == null ? 0 : e.eventTime().getNano());
  }

  private void put(int slot, String id, String source, String story, long high, long low, int[] minHash,
      long numbersHash, int wordCount, long second, int nano) {
    ids[slot] = id;
    sources[slot] = source;
    stories[slot] = story;
    hashHigh[slot] = high;
    hashLow[slot] = low;
    minHashes[slot] = minHash;
    numbers[slot] = numbersHash;
    words[slot] = wordCount;
    seconds[slot] = second;
    nanos[slot] = nano;
    slotOf.put(id, slot);
    long hashKey = hashKey(high);
    nextSameHash[slot] = hashHeads.get(hashKey);
    hashHeads.put(hashKey, slot);
    int n = bandCount(minHash);
    for (int b = 0; b < n; b++) {
      long key = bandKey(minHash, b);
      nextInBand[slot * bands + b] = heads.get(key);
      heads.put(key, slot);
    }
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
    long high = hash(sig.exactHash(), SEED_HIGH);
    long low = hash(sig.exactHash(), SEED_LOW);
    int exact = NONE;
    for (int s = hashHeads.get(hashKey(high)); s != NONE; s = nextSameHash[s]) {
      if (hashHigh[s] == high && hashLow[s] == low && (exact == NONE || earlier(s, exact))) {
        exact = s;
      }
    }
    if (exact != NONE) {
      return Optional.of(new Match(ids[exact], sources[exact], stories[exact], 1.0, true));
    }
    int[] sigHashes = sig.minHash() == null ? new int[0] : sig.minHash();
    List<Integer> candidates = new ArrayList<>();
    int n = bandCount(sigHashes);
    for (int b = 0; b < n; b++) {
      for (int s = heads.get(bandKey(sigHashes, b)); s != NONE; s = nextInBand[s * bands + b]) {
        candidates.add(s);
      }
    }
    candidates.sort((x, y) -> x.equals(y) ? 0 : earlier(x, y) ? -1 : 1);
    long wanted = numbersHash(sig.numbers());
    int best = NONE;
    double bestSimilarity = 0;
    int previous = NONE;
    for (int c : candidates) {
      if (c == previous) {
        continue;
      }
      previous = c;
      double s = MinHasher.similarity(sigHashes, minHashes[c]);
      if (s >= threshold && numbers[c] == wanted && (best == NONE || s > bestSimilarity)) {
        best = c;
        bestSimilarity = s;
      }
    }
    return best == NONE ? Optional.empty()
        : Optional.of(new Match(ids[best], sources[best], stories[best], bestSimilarity, false));
  }

  /**
   * Whether {@code sig} only repeats the remembered text {@code id}: the same text, or nearly the same text
   * (at least {@code threshold}) with the same numbers and about the same length (a typo fixed, not a
   * paragraph added). False when the text is not remembered.
   */
  public boolean repeats(String id, ContentSignature sig, double threshold) {
    Integer slot = id == null ? null : slotOf.get(id);
    if (slot == null) {
      return false;
    }
    int s = slot;
    if (hashHigh[s] == hash(sig.exactHash(), SEED_HIGH) && hashLow[s] == hash(sig.exactHash(), SEED_LOW)) {
      return true;
    }
    return numbers[s] == numbersHash(sig.numbers()) && Math.abs(words[s] - sig.words()) <= Math.max(3, words[s] / 50)
        && MinHasher.similarity(minHashes[s], sig.minHash()) >= threshold;
  }

  /** Forgets entries older than {@code cutoff}; returns their ids. */
  public List<String> expireBefore(Instant cutoff) {
    List<Integer> old = new ArrayList<>();
    for (int s = 0; s < highWater; s++) {
      if (ids[s] != null && (seconds[s] < cutoff.getEpochSecond()
          || seconds[s] == cutoff.getEpochSecond() && nanos[s] < cutoff.getNano())) {
        old.add(s);
      }
    }
    List<String> gone = forget(old);
    if (ids.length > INITIAL_SLOTS && slotOf.size() < ids.length / 4) {
      rebuild(Math.max(INITIAL_SLOTS, Integer.highestOneBit(Math.max(1, slotOf.size())) * 2));
    }
    return gone;
  }

  /**
   * Forgets the {@code count} earliest entries (by event time, then id); returns their ids. What bounds the
   * window by its number of texts, so that the heap it takes does not follow the feed's rate.
   */
  public List<String> expireOldest(int count) {
    if (count <= 0) {
      return List.of();
    }
    List<Integer> live = new ArrayList<>(slotOf.size());
    for (int s = 0; s < highWater; s++) {
      if (ids[s] != null) {
        live.add(s);
      }
    }
    live.sort((x, y) -> x.equals(y) ? 0 : earlier(x, y) ? -1 : 1);
    return forget(live.subList(0, Math.min(count, live.size())));
  }

  private List<String> forget(List<Integer> slots) {
    List<String> gone = new ArrayList<>(slots.size());
    for (int s : slots) {
      gone.add(ids[s]);
      remove(s);
    }
    return gone;
  }

  /** Whether the text in slot {@code a} came before the one in {@code b}: by event time, then by id. */
  private boolean earlier(int a, int b) {
    if (seconds[a] != seconds[b]) {
      return seconds[a] < seconds[b];
    }
    if (nanos[a] != nanos[b]) {
      return nanos[a] < nanos[b];
    }
    return ids[a].compareTo(ids[b]) < 0;
  }

  private void remove(int slot) {
    slotOf.remove(ids[slot]);
    long hashKey = hashKey(hashHigh[slot]);
    int first = hashHeads.get(hashKey);
    if (first == slot) {
      if (nextSameHash[slot] == NONE) {
        hashHeads.remove(hashKey);
      } else {
        hashHeads.put(hashKey, nextSameHash[slot]);
      }
    } else {
      int s = first;
      while (nextSameHash[s] != slot) {
        s = nextSameHash[s];
      }
      nextSameHash[s] = nextSameHash[slot];
    }
    int[] minHash = minHashes[slot];
    int n = bandCount(minHash);
    for (int b = 0; b < n; b++) {
      long key = bandKey(minHash, b);
      int next = nextInBand[slot * bands + b];
      int head = heads.get(key);
      if (head == slot) {
        if (next == NONE) {
          heads.remove(key);
        } else {
          heads.put(key, next);
        }
      } else {
        int s = head;
        while (nextInBand[s * bands + b] != slot) {
          s = nextInBand[s * bands + b];
        }
        nextInBand[s * bands + b] = next;
      }
    }
    ids[slot] = null;
    sources[slot] = null;
    stories[slot] = null;
    minHashes[slot] = null;
    free[freeCount++] = slot;
  }

  private int takeSlot() {
    if (freeCount > 0) {
      return free[--freeCount];
    }
    if (highWater == ids.length) {
      rebuild(ids.length * 2);
    }
    return highWater++;
  }

  /** Lays the index out again in arrays of {@code slots} slots, the texts in their earlier slot order. */
  private void rebuild(int slots) {
    int n = highWater;
    String[] oldIds = ids;
    String[] oldSources = sources;
    String[] oldStories = stories;
    int[][] oldMinHashes = minHashes;
    long[] oldHigh = hashHigh;
    long[] oldLow = hashLow;
    long[] oldNumbers = numbers;
    int[] oldWords = words;
    long[] oldSeconds = seconds;
    int[] oldNanos = nanos;
    slotOf.clear();
    allocate(slots);
    for (int s = 0; s < n; s++) {
      if (oldIds[s] != null) {
        put(highWater++, oldIds[s], oldSources[s], oldStories[s], oldHigh[s], oldLow[s], oldMinHashes[s],
            oldNumbers[s], oldWords[s], oldSeconds[s], oldNanos[s]);
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

  private static final long SEED_HIGH = 0xcbf29ce484222325L;
  private static final long SEED_LOW = 0x84222325cbf29ce4L;

  /** A text hash's key in the chains' table: never 0, which marks a free slot there. */
  private static long hashKey(long high) {
    return high == 0 ? 1 : high;
  }

  /** FNV-1a over a string's characters from {@code seed}; two seeds give the 128 bits a text hash is kept as. */
  private static long hash(String s, long seed) {
    long h = seed;
    for (int i = 0; s != null && i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** The numbers a text states as one 64-bit hash: equal lists hash alike, and the order counts. */
  private static long numbersHash(List<String> list) {
    long h = SEED_HIGH;
    for (String n : list == null ? List.<String>of() : list) {
      h = (hash(n, h) ^ 0xff) * 0x100000001b3L;
    }
    return h;
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
