package io.wirewatch.stories;

import io.wirewatch.model.WireItem;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Wire items and features for the clustering tests, written for them. */
final class StoryItems {
  private StoryItems() {}

  static WireItem item(String uri, String lang, String headline, String... paragraphs) {
    return new WireItem(uri, "1", Instant.parse("2026-03-02T10:00:00Z"), null, "Desk", lang, headline,
        List.of(paragraphs), null, null, null, null, 3, null, List.of(), null, List.of(), List.of(), uri + ".json",
        "ninjs-2", null);
  }

  /** An item without a date of its own, as web copy crawled without metadata comes. */
  static WireItem undated(String uri, String lang, String headline, String... paragraphs) {
    return new WireItem(uri, "1", null, null, "Desk", lang, headline, List.of(paragraphs), null, null, null, null, 3,
        null, List.of(), null, List.of(), List.of(), uri + ".json", "ninjs-2", null);
  }

  /**
   * Clusters the items in order with the standard features, each {@code step} after the one before, and returns what
   * each was assigned, by uri.
   */
  static Map<String, StoryClusterer.Assignment> feed(StoryClusterer clusterer, Duration step, List<WireItem> items) {
    TermProfiles profiles = new TermProfiles(TermProfiles.Weights.standard());
    Map<String, StoryClusterer.Assignment> assigned = new LinkedHashMap<>();
    Instant t = Instant.parse("2026-03-02T10:00:00Z");
    for (WireItem item : items) {
      Map<String, Float> terms = profiles.of(item);
      clusterer.observe(terms);
      Map<String, Float> v = clusterer.vector(terms);
      StoryClusterer.Assignment a = clusterer.assign(v, t, "s-" + item.uri());
      clusterer.join(a.storyId(), v, t);
      assigned.put(item.uri(), a);
      t = t.plus(step);
    }
    return assigned;
  }

  /** Clustering features at weight 1, as a term profile would give them ("n:jane roe", "w:ferry"). */
  static Map<String, Float> terms(String... features) {
    Map<String, Float> m = new HashMap<>();
    for (String f : features) {
      m.put(f, 1f);
    }
    return m;
  }
}
