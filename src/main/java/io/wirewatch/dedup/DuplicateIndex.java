package io.wirewatch.dedup;

import io.wirewatch.model.ContentSignature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
 */
public final class DuplicateIndex {

  /** One remembered text: which item version it was, where it came from, which story it joined. */
  public record Entry(String id, String uri, String source, String story, String exactHash, int[] minHash,
      List<String> numbers, int words, Instant eventTime) {}

  /** A duplicate found: the earlier entry, the similarity, and whether the texts were identical. */
  public record Match(Entry original, double similarity, boolean exact) {}

  private final int bands;
  private final int rows;
  private final Map<String, Entry> entries = new HashMap<>();
  private final Map<String, List<String>> byHash = new HashMap<>();
  private final Map<String, List<String>> byBand = new HashMap<>();

  public DuplicateIndex(int bands, int rows) {
    this.bands = bands;
    this.rows = rows;
  }

  public void add(Entry e) {
    if (entries.put(e.id(), e) != null) {
      return;
    }
    byHash.computeIfAbsent(e.exactHash(), k -> new ArrayList<>()).add(e.id());
    for (String band : bandKeys(e.minHash())) {
      byBand.computeIfAbsent(band, k -> new ArrayList<>()).add(e.id());
    }
  }

  public Optional<Entry> get(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  public Collection<Entry> entries() {
    return entries.values();
  }

  /**
   * The earliest remembered text this signature copies: an identical text, else the most similar text at
   * or above {@code threshold} that states the same numbers (a copy adds no new figure).
   */
  public Optional<Match> find(ContentSignature sig, double threshold) {
    Optional<Entry> exact = byHash.getOrDefault(sig.exactHash(), List.of()).stream().map(entries::get)
        .min(EARLIEST);
    if (exact.isPresent()) {
      return Optional.of(new Match(exact.get(), 1.0, true));
    }
    Map<String, Entry> candidates = new HashMap<>();
    for (String band : bandKeys(sig.minHash())) {
      for (String id : byBand.getOrDefault(band, List.of())) {
        candidates.put(id, entries.get(id));
      }
    }
    Match best = null;
    for (Entry c : candidates.values().stream().sorted(EARLIEST).toList()) {
      double s = MinHasher.similarity(sig.minHash(), c.minHash());
      if (s >= threshold && c.numbers().equals(sig.numbers()) && (best == null || s > best.similarity())) {
        best = new Match(c, s, false);
      }
    }
    return Optional.ofNullable(best);
  }

  /** Forgets entries older than {@code cutoff}; returns their ids. */
  public List<String> expireBefore(Instant cutoff) {
    List<Entry> old = entries.values().stream().filter(e -> e.eventTime().isBefore(cutoff)).toList();
    for (Entry e : old) {
      entries.remove(e.id());
      removeFrom(byHash, e.exactHash(), e.id());
      for (String band : bandKeys(e.minHash())) {
        removeFrom(byBand, band, e.id());
      }
    }
    return old.stream().map(Entry::id).toList();
  }

  private static final Comparator<Entry> EARLIEST =
      Comparator.comparing(Entry::eventTime).thenComparing(Entry::id);

  private List<String> bandKeys(int[] sig) {
    List<String> keys = new ArrayList<>(bands);
    for (int b = 0; b < bands && (b + 1) * rows <= sig.length; b++) {
      int[] slice = Arrays.copyOfRange(sig, b * rows, (b + 1) * rows);
      keys.add(b + ":" + Arrays.hashCode(slice));
    }
    return keys;
  }

  private static void removeFrom(Map<String, List<String>> index, String key, String id) {
    List<String> ids = index.get(key);
    if (ids != null) {
      ids.remove(id);
      if (ids.isEmpty()) {
        index.remove(key);
      }
    }
  }
}
