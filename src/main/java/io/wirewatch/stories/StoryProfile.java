package io.wirewatch.stories;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the clustering remembers of an open story: the sum of its items' normalised term vectors (trimmed
 * to the strongest terms), the compact vectors of its most recent items, how many items it has, when it
 * was first and last seen (event time), and the languages its items are written in.
 */
public record StoryProfile(String id, Map<String, Float> centroid, List<Map<String, Float>> recent, int items,
    Instant firstSeen, Instant lastSeen, Set<String> languages) {
  public StoryProfile {
    centroid = Map.copyOf(centroid);
    recent = recent == null ? List.of() : recent.stream().map(Map::copyOf).toList();
    languages = languages == null ? Set.of() : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(languages));
  }
}
