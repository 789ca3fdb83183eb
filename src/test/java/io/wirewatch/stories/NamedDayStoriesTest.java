package io.wirewatch.stories;

import static io.wirewatch.stories.StoryItems.terms;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A dated follow-up that names the day of the event it follows is about that day: the days since its story was
 * last seen do not damp it, and weeks later it reopens the closed story with one rare person named in full.
 */
class NamedDayStoriesTest {
  private static final Instant T0 = Instant.parse("2024-03-09T12:00:00Z");

  private static StoryClusterer clusterer() {
    var settings = new StoryClusterer.Settings(0.3, Duration.ofDays(14), Duration.ofDays(1), Duration.ofDays(5), 300,
        200, 0, Duration.ofDays(365));
    return new StoryClusterer(settings, new DocumentFrequencies(Map.of(), 0), List.of());
  }

  /** A stabbing in a harbour town, its victim named, reported on the day. */
  private static StoryClusterer stabbing() {
    StoryClusterer c = clusterer();
    for (int i = 0; i < 12; i++) {
      Map<String, Float> other = terms("l:en", "t:2024", "w:council", "w:budget", "w:vote", "w:ferry", "w:pier");
      c.observe(other);
    }
    Map<String, Float> first = terms("l:en", "t:2024", "n:ann example", "n:harbourville", "p:harbourville",
        "w:stab", "w:wound", "w:quarrel", "w:neighbour", "w:porch", "w:knife");
    c.observe(first);
    c.join("s-stab", c.vector(first), T0);
    return c;
  }

  private static Map<String, Float> charged(String... named) {
    Map<String, Float> t = terms("l:en", "t:2024", "n:harbourville", "p:harbourville", "w:stab", "w:charg",
        "w:court", "w:bail", "w:judge", "w:hear");
    for (String n : named) {
      t.put(n, 0f);
    }
    return t;
  }

  private static StoryClusterer.Assignment assign(StoryClusterer c, Instant at, Map<String, Float> t) {
    c.observe(t);
    return c.assign(c.vector(t), at, "s-new");
  }

  @Test
  void shouldNotDampAFollowUpThatNamesItsStorysDay() {
    Instant tenDaysOn = T0.plus(Duration.ofDays(10));

    StoryClusterer.Assignment naming = assign(stabbing(), tenDaysOn, charged(TermProfiles.NAMED_DAY + "2024-03-08"));
    StoryClusterer.Assignment silent = assign(stabbing(), tenDaysOn, charged());
    StoryClusterer.Assignment otherDay = assign(stabbing(), tenDaysOn, charged(TermProfiles.NAMED_DAY + "2024-03-02"));

    assertThat(naming.storyId()).isEqualTo("s-stab");
    assertThat(naming.reason()).contains("names its day 2024-03-08");
    assertThat(silent.storyId()).as("ten days on, the same words are damped under the threshold").isEqualTo("s-new");
    assertThat(otherDay.storyId()).as("a day a week before the story's first report is another event's")
        .isEqualTo("s-new");
    assertThat(naming.score()).isGreaterThan(2 * silent.score());
  }

  @Test
  void shouldStillDampAFollowUpNamingItsStorysDayWhenSomethingWeighsAgainst() {
    Map<String, Float> other = charged(TermProfiles.NAMED_DAY + "2024-03-08");
    other.put("n:jane roe", 1f);
    other.put("m:n:jane roe", 0f);
    other.put("n:rob sample", 1f);
    StoryClusterer c = stabbing();

    StoryClusterer.Assignment a = assign(c, T0.plus(Duration.ofDays(10)), other);

    assertThat(a.storyId()).isEqualTo("s-new");
    assertThat(a.reason()).doesNotContain("names its day");
  }

  @Test
  void shouldReopenAClosedStoryForARarePersonAndItsDay() {
    Instant sixWeeksOn = T0.plus(Duration.ofDays(42));
    StoryClusterer named = stabbing();
    named.expire(T0.plus(Duration.ofDays(15)));
    StoryClusterer unnamed = stabbing();
    unnamed.expire(T0.plus(Duration.ofDays(15)));
    Map<String, Float> trial = terms("l:en", "t:2024", "n:ann example", "w:trial", "w:jury", "w:verdict",
        TermProfiles.NAMED_DAY + "2024-03-09");
    Map<String, Float> withoutDay = new HashMap<>(trial);
    withoutDay.remove(TermProfiles.NAMED_DAY + "2024-03-09");

    StoryClusterer.Assignment a = assign(named, sixWeeksOn, trial);
    StoryClusterer.Assignment b = assign(unnamed, sixWeeksOn, withoutDay);

    assertThat(a.storyId()).isEqualTo("s-stab");
    assertThat(a.reason()).startsWith("reopens story s-stab").contains("name ann example")
        .endsWith("names its day 2024-03-09");
    assertThat(b.storyId()).as("one rare person alone reopens nothing").isEqualTo("s-new");
  }
}
