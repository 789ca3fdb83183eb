package io.wirewatch.stories;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the clustering remembers of an open story: the sum of its items' normalised term vectors (trimmed
 * to the strongest terms; held in flat arrays, {@link TermWeights}), the compact vectors of its most recent items, how many items it has, when it
 * was first and last seen (event time), the languages its items are written in, and how many of its items
 * state each year (its first item counts twice: its years are the story's from the start; a year only one
 * later item names is that item's background, not the story's), and the years of its undated items' date stamps
 * ({@link DateStamps}: the years its reports were written in).
 */
public record StoryProfile(String id, Map<String, Float> centroid, List<Map<String, Float>> recent, int items,
    Instant firstSeen, Instant lastSeen, Set<String> languages, Map<String, Integer> years, Set<String> stamped) {
  /** How many items must state a year (the first counts twice) before it is the story's year. */
  public static final int CONFIRMED = 2;

  public StoryProfile {
    centroid = TermWeights.copyOf(centroid);
    recent = recent == null ? List.of() : recent.stream().map(Map::copyOf).toList();
    languages = languages == null ? Set.of() : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(languages));
    years = years == null ? yearsOf(centroid) : Map.copyOf(years);
    stamped = stamped == null ? Set.of() : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(stamped));
  }

  /** A profile none of whose items carried a date stamp (or one kept before stories read them). */
  public StoryProfile(String id, Map<String, Float> centroid, List<Map<String, Float>> recent, int items,
      Instant firstSeen, Instant lastSeen, Set<String> languages, Map<String, Integer> years) {
    this(id, centroid, recent, items, firstSeen, lastSeen, languages, years, Set.of());
  }

  /** The centroid's weight of {@code term}, or NaN when the story lacks it; no boxing, for the hot loop. */
  float weight(String term) {
    return ((TermWeights) centroid).weight(term);
  }

  /** A profile kept before stories counted their years: each year its centroid holds counts as confirmed. */
  private static Map<String, Integer> yearsOf(Map<String, Float> centroid) {
    Map<String, Integer> out = new java.util.HashMap<>();
    centroid.keySet().stream().filter(t -> t.startsWith("y:")).forEach(t -> out.put(t.substring(2), CONFIRMED));
    return Map.copyOf(out);
  }
}
