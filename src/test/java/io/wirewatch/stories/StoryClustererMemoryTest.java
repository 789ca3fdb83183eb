package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The open stories share one instance of each term, however their profiles were built or read back. */
class StoryClustererMemoryTest {
  private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

  private static String termOf(StoryProfile p, String term) {
    return p.centroid().keySet().stream().filter(term::equals).findFirst().orElseThrow();
  }

  @Test
  void openStoriesShareTheInstanceOfATermTheyBothHold() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.standard(), new DocumentFrequencies(Map.of(), 0),
        List.of());
    // two strings equal in content but distinct objects, as two profiles read back from the store would carry
    StoryProfile a = c.join("s-a", Map.of(new String("w:harbour"), 1.0f, "w:storm", 0.5f), T);
    StoryProfile b = c.join("s-b", Map.of(new String("w:harbour"), 1.0f, "w:bridge", 0.5f), T);
    assertThat(termOf(a, "w:harbour")).isSameAs(termOf(b, "w:harbour"));
    assertThat(b.centroid()).containsEntry("w:harbour", 1.0f).containsEntry("w:bridge", 0.5f);
  }

  @Test
  void aStoryRestoredAtStartSharesTermsWithStoriesOpenedLater() {
    StoryProfile stored = new StoryProfile("s-old", Map.of(new String("w:harbour"), 1.0f), List.of(), 1, T, T,
        null, null);
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.standard(), new DocumentFrequencies(Map.of(), 0),
        List.of(stored));
    StoryProfile later = c.join("s-new", Map.of(new String("w:harbour"), 1.0f), T);
    StoryProfile again = c.join("s-old", Map.of(new String("w:harbour"), 1.0f), T);
    assertThat(termOf(later, "w:harbour")).isSameAs(termOf(again, "w:harbour"));
  }
}
