package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * German capitalises every noun, and its tagger reads one as a name now and then: a one-word name whose stem the
 * stream writes as a word in twice as many items is such a noun, not a participant two reports share. English
 * keeps its own, higher bar.
 */
class TaggedNounStoriesTest {
  private static final Instant T0 = Instant.parse("2023-07-04T08:00:00Z");

  private static Map<String, Float> terms(String lang, String... features) {
    Map<String, Float> m = new HashMap<>();
    m.put("l:" + lang, 1f);
    for (String f : features) {
      m.put(f, 1f);
    }
    return m;
  }

  /**
   * How a report naming another person is read after a story, both naming the noun "Hitzewelle" as a name, which
   * the stream names so in four items and writes as a word in ten (two and a half times as many).
   */
  private static StoryClusterer.Assignment read(String lang) {
    String[] stem = new String[1];
    WordStems.each("hitzewelle", lang, s -> stem[0] = stem[0] == null ? s : stem[0]);
    var settings = new StoryClusterer.Settings(0.4, Duration.ofDays(14), Duration.ofDays(1), Duration.ofDays(3),
        300, 200, 0);
    StoryClusterer c = new StoryClusterer(settings, new DocumentFrequencies(Map.of(), 0), List.of());
    for (int i = 0; i < 10; i++) {
      c.observe(terms(lang, "w:" + stem[0], "w:sommer"));
    }
    for (int i = 0; i < 2; i++) {
      c.observe(terms(lang, "n:hitzewelle", "w:sommer"));
    }
    Map<String, Float> story = terms(lang, "n:hitzewelle", "n:lena brandt", "n:lena", "n:brandt", "n:talheim",
        "p:talheim", "w:ernte", "w:dürre");
    Map<String, Float> report = terms(lang, "n:hitzewelle", "n:jonas keller", "n:jonas", "n:keller",
        "n:talheim", "p:talheim", "w:ernte", "w:freibad");
    c.observe(story);
    c.join("s-1", c.vector(story), T0);
    c.observe(report);
    return c.assign(c.vector(report), T0.plusSeconds(3600), "s-2");
  }

  @Test
  void shouldReadANounTheTaggerNamedAsNoParticipantInGermanOnly() {
    assertThat(read("de").reason()).contains("no participant in common");
    assertThat(read("en").reason()).doesNotContain("no participant in common");
  }
}
