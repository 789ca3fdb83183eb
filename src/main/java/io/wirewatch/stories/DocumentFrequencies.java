package io.wirewatch.stories;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** How many items so far contained each term: the stream's own IDF, learnt as copy arrives. */
public final class DocumentFrequencies {
  private final Map<String, Long> counts = new HashMap<>();
  private long documents;

  public DocumentFrequencies(Map<String, Long> restored, long documents) {
    counts.putAll(restored);
    this.documents = documents;
  }

  public void observe(Set<String> terms) {
    documents++;
    for (String t : terms) {
      counts.merge(t, 1L, Long::sum);
    }
  }

  /** Smoothed inverse document frequency; unseen terms get the highest weight. */
  public double idf(String term) {
    long df = counts.getOrDefault(term, 0L);
    return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }

  public long documents() {
    return documents;
  }

  public long count(String term) {
    return counts.getOrDefault(term, 0L);
  }
}
