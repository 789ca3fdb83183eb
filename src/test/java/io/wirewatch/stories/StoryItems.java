package io.wirewatch.stories;

import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.List;

/** Wire items for the clustering tests, written for them. */
final class StoryItems {
  private StoryItems() {}

  static WireItem item(String uri, String lang, String headline, String... paragraphs) {
    return new WireItem(uri, "1", Instant.parse("2026-03-02T10:00:00Z"), null, "Desk", lang, headline,
        List.of(paragraphs), null, null, null, null, 3, null, List.of(), null, List.of(), List.of(), uri + ".json",
        "ninjs-2", null);
  }
}
