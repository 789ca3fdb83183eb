package io.wirewatch.stories;

import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.HashMap;
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

  /** Clustering features at weight 1, as a term profile would give them ("n:jane roe", "w:ferry"). */
  static Map<String, Float> terms(String... features) {
    Map<String, Float> m = new HashMap<>();
    for (String f : features) {
      m.put(f, 1f);
    }
    return m;
  }
}
