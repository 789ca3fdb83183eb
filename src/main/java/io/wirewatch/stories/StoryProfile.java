package io.wirewatch.stories;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the clustering remembers of an open story: the sum of its items' normalised term vectors (trimmed
 * to the strongest terms), the compact vectors of its most recent items, how many items it has, and when
 * it was first and last seen (event time).
 */
public record StoryProfile(String id, Map<String, Float> centroid, List<Map<String, Float>> recent, int items,
    Instant firstSeen, Instant lastSeen) {
  public StoryProfile {
    centroid = Map.copyOf(centroid);
    recent = recent == null ? List.of() : recent.stream().map(Map::copyOf).toList();
  }
}
