package io.wirewatch.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How many recent items contained each term: the stream's own IDF, learnt as copy arrives and forgotten as it
 * ages. Counts are kept in generations of one {@code span} of event time (a story window); the IDF reads the
 * current generation and the one before, so it always covers between one and two spans of copy, and what is
 * older is dropped whole when a generation ends. Without a span (tests, one-off scoring) nothing is dropped.
 */
public final class DocumentFrequencies {
  /** The generation of frequencies that have seen no event time yet: the first one sets it. */
  public static final long UNSET = Long.MIN_VALUE;

  private final Duration span;
  private long generation;
  private Map<String, Long> current = new HashMap<>();
  private Map<String, Long> previous = new HashMap<>();
  private long currentDocuments;
  private long previousDocuments;

  /** Frequencies over all time, starting from {@code restored} (tests, benchmarks, one-off scoring). */
  public DocumentFrequencies(Map<String, Long> restored, long documents) {
    this(null, 0, restored, documents, Map.of(), 0);
  }

  /**
   * Windowed frequencies restored from state: the counts of {@code generation} and of the one before it.
   *
   * @param span the length of one generation, or null for no forgetting
   * @param generation the current generation, or {@link #UNSET} for fresh state
   */
  public DocumentFrequencies(Duration span, long generation, Map<String, Long> current, long currentDocuments,
      Map<String, Long> previous, long previousDocuments) {
    this.span = span;
    this.generation = generation;
    this.current.putAll(current);
    this.previous.putAll(previous);
    this.currentDocuments = currentDocuments;
    this.previousDocuments = previousDocuments;
  }

  /** The generation an event time falls in, for a given span. */
  public static long generationOf(Instant at, Duration span) {
    return Math.floorDiv(at.toEpochMilli(), span.toMillis());
  }

  public void observe(Set<String> terms) {
    currentDocuments++;
    for (String t : terms) {
      current.merge(t, 1L, Long::sum);
    }
  }

  /**
   * Moves the current generation forward to the one {@code at} falls in. Returns what was forgotten (the
   * counts now older than two generations) so the caller can delete them from its store; empty when the
   * generation did not change.
   */
  public Forgotten advanceTo(Instant at) {
    if (span == null) {
      return Forgotten.NONE;
    }
    long target = generationOf(at, span);
    if (generation == UNSET) {
      generation = target;
      return Forgotten.NONE;
    }
    if (target <= generation) {
      return Forgotten.NONE;
    }
    Forgotten gone;
    if (target == generation + 1) {
      gone = new Forgotten(generation - 1, Set.copyOf(previous.keySet()));
      previous = current;
      previousDocuments = currentDocuments;
    } else {
      gone = new Forgotten(generation - 1, Set.copyOf(previous.keySet())).and(generation, current.keySet());
      previous = new HashMap<>();
      previousDocuments = 0;
    }
    current = new HashMap<>();
    currentDocuments = 0;
    generation = target;
    return gone;
  }

  /** Smoothed inverse document frequency over the two generations; unseen terms get the highest weight. */
  public double idf(String term) {
    long df = current.getOrDefault(term, 0L) + previous.getOrDefault(term, 0L);
    return Math.log((documents() + 1.0) / (df + 1.0)) + 1.0;
  }

  /** Items counted over the two generations. */
  public long documents() {
    return currentDocuments + previousDocuments;
  }

  /** Items counted in the current generation. */
  public long currentDocuments() {
    return currentDocuments;
  }

  /** How many items of the current generation contained {@code term} (what the store keeps per generation). */
  public long count(String term) {
    return current.getOrDefault(term, 0L);
  }

  public long generation() {
    return generation;
  }

  /**
   * Counts dropped by {@link #advanceTo}: per generation, the terms whose counts are gone.
   *
   * @param terms generation -> its terms
   */
  public record Forgotten(Map<Long, Set<String>> terms) {
    static final Forgotten NONE = new Forgotten(Map.of());

    Forgotten(long generation, Set<String> terms) {
      this(Map.of(generation, terms));
    }

    Forgotten and(long generation, Set<String> more) {
      Map<Long, Set<String>> all = new HashMap<>(terms);
      all.put(generation, Set.copyOf(more));
      return new Forgotten(Map.copyOf(all));
    }

    public boolean isEmpty() {
      return terms.values().stream().allMatch(Set::isEmpty);
    }
  }
}
