package io.wirewatch.stories;

import static io.wirewatch.stories.StoryItems.terms;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A follow-up weeks after its story closed reopens it when it names the story's people in full. */
class ReopenStoriesTest {
  private static final Instant T0 = Instant.parse("2022-03-01T10:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  private static StoryClusterer clusterer() {
    var settings = new StoryClusterer.Settings(0.4, Duration.ofDays(14), DAY, Duration.ofDays(5), 300, 200, 0,
        Duration.ofDays(60));
    return new StoryClusterer(settings, new DocumentFrequencies(Map.of(), 0), List.of());
  }


  /** A stabbing in a harbour town that names its victim, its suspect and the mayor, closed two weeks later. */
  private static StoryClusterer closedStory() {
    StoryClusterer c = clusterer();
    for (int i = 0; i < 12; i++) {
      Map<String, Float> other = terms("l:en", "n:mary major", "w:council", "w:budget", "w:vote");
      c.observe(other);
    }
    Map<String, Float> first = terms("l:en", "n:ann example", "n:rob sample", "n:mary major", "n:harbourville",
        "p:harbourville", "w:stab", "w:wound", "w:quarrel", "w:neighbour");
    c.observe(first);
    c.join("s-stab", c.vector(first), T0);
    assertThat(c.expire(T0.plus(Duration.ofDays(15)))).containsExactly("s-stab");
    assertThat(c.isOpen("s-stab")).isFalse();
    assertThat(c.remembered("s-stab")).isNotNull();
    return c;
  }

  private static StoryClusterer.Assignment assign(StoryClusterer c, Instant at, String... features) {
    Map<String, Float> t = terms(features);
    c.observe(t);
    return c.assign(c.vector(t), at, "s-new");
  }

  @Test
  void shouldReopenAClosedStoryForAFollowUpNamingItsVictimAndSuspectInFull() {
    StoryClusterer c = closedStory();
    Instant later = T0.plus(Duration.ofDays(21));

    StoryClusterer.Assignment a = assign(c, later, "l:en", "n:ann example", "n:rob sample", "w:sentence",
        "w:judge", "w:prison", "w:plea");
    c.join(a.storyId(), c.vector(terms("l:en", "n:ann example", "n:rob sample")), later);

    assertThat(a.storyId()).isEqualTo("s-stab");
    assertThat(a.reason()).startsWith("reopens story s-stab closed 7 days ago: shares name ann example, "
        + "name rob sample");
    assertThat(c.isOpen("s-stab")).isTrue();
    assertThat(c.remembered("s-stab")).as("open again, so no longer remembered as closed").isNull();
  }

  /** A sentencing three weeks on, in {@code lang}, naming the victim and the suspect as {@code suspect}. */
  private static StoryClusterer.Assignment sentencing(String lang, String suspect) {
    return assign(closedStory(), T0.plus(Duration.ofDays(21)), lang, "n:ann example", suspect, "w:sentence",
        "w:judge", "w:prison", "w:plea");
  }

  @Test
  void shouldReopenForAFollowUpSpellingItsSuspectWithAMiddleNameANicknameOrASlip() {
    for (String suspect : new String[] {"n:rob lanny sample", "n:rob sampel", "n:rob bo sample"}) {
      StoryClusterer.Assignment a = sentencing("l:en", suspect);

      assertThat(a.storyId()).as(suspect).isEqualTo("s-stab");
      assertThat(a.reason()).startsWith("reopens story s-stab closed 7 days ago: shares name ann example, "
          + "name " + suspect.substring(2)).contains("; " + suspect.substring(2) + " as its rob sample");
    }
  }

  @Test
  void shouldNotReopenForAnotherPersonOfTheFamilyOrASpellingInALanguageThatDoesNotListIt() {
    assertThat(sentencing("l:en", "n:bob sample").storyId()).as("another first letter: another person")
        .isEqualTo("s-new");
    assertThat(sentencing("l:es", "n:rob sampel").storyId()).as("no given-family line in es").isEqualTo("s-new");
  }

  @Test
  void shouldNotReopenForAReportSharingOnlyASurnameOrOnlyTheTown() {
    StoryClusterer c = closedStory();
    Instant later = T0.plus(Duration.ofDays(21));

    StoryClusterer.Assignment surname = assign(c, later, "l:en", "n:example", "n:harbourville", "p:harbourville",
        "w:festival", "w:parade");
    StoryClusterer.Assignment town = assign(c, later, "l:en", "n:harbourville", "p:harbourville", "w:stab",
        "w:wound", "w:arrest");

    assertThat(surname.storyId()).isEqualTo("s-new");
    assertThat(town.storyId()).isEqualTo("s-new");
  }

  @Test
  void shouldNotReopenForAPersonNamedInManyReportsAndTheTown() {
    StoryClusterer c = closedStory();

    StoryClusterer.Assignment a = assign(c, T0.plus(Duration.ofDays(21)), "l:en", "n:mary major",
        "n:harbourville", "p:harbourville", "w:stab", "w:wound");

    assertThat(a.storyId()).as("the mayor is in many reports of the town").isEqualTo("s-new");
  }

  /** The names and places every report of the quay shooting repeats: more than a closed story keeps of its own. */
  private static final String[] REPEATED = {"n:harbourville", "p:harbourville", "n:quayside", "n:brindle",
      "n:corvan", "n:dellow", "n:estermark", "n:fenwold", "n:garrow", "n:hollins", "n:ivybank", "n:jessop",
      "n:kestle", "n:lorrimer", "n:mardale", "n:nettlebed", "n:orbury", "n:pelham"};

  /**
   * A shooting on a quay whose four reports repeat the town and many other names, and name the victim in full only
   * once, closed two weeks later.
   */
  private static StoryClusterer quayShooting() {
    StoryClusterer c = clusterer();
    for (int i = 0; i < 12; i++) {
      Map<String, Float> other = terms("l:en", "w:council", "w:budget", "w:vote");
      c.observe(other);
    }
    for (int i = 0; i < 4; i++) {
      Map<String, Float> report = terms(REPEATED);
      report.putAll(terms("l:en", "w:shot", "w:quay", "w:wound"));
      if (i == 0) {
        report.put("n:ivo quennel", 1f);
      }
      c.observe(report);
      c.join("s-quay", c.vector(report), T0.plus(Duration.ofHours(i)));
    }
    assertThat(c.expire(T0.plus(Duration.ofDays(15)))).containsExactly("s-quay");
    return c;
  }

  @Test
  void shouldRememberAPersonNamedOnceBesideTheNamesTheReportsRepeat() {
    ClosedStories.Closed kept = quayShooting().remembered("s-quay");

    assertThat(kept.anchors()).as("crowded out of the strongest anchors").doesNotContain("n:ivo quennel");
    assertThat(kept.persons()).containsExactly("n:ivo quennel");
  }

  @Test
  void shouldReopenByAPersonNamedOnceWhenTheFollowUpNamesTheStorysDay() {
    StoryClusterer c = quayShooting();
    Map<String, Float> trial = terms("l:en", "n:ivo quennel", "w:trial", "w:jury", "w:verdict");
    trial.put(TermProfiles.NAMED_DAY + "2022-03-01", 0f);
    c.observe(trial);

    StoryClusterer.Assignment a = c.assign(c.vector(trial), T0.plus(Duration.ofDays(40)), "s-new");

    assertThat(a.storyId()).isEqualTo("s-quay");
    assertThat(a.reason()).contains("shares name ivo quennel").endsWith("names its day 2022-03-01");
  }

  @Test
  void shouldNotReopenByAPersonNamedOnceAndTheTownWithoutTheStorysDayOrAddress() {
    StoryClusterer c = quayShooting();

    StoryClusterer.Assignment a = assign(c, T0.plus(Duration.ofDays(40)), "l:en", "n:ivo quennel", "n:harbourville",
        "p:harbourville", "n:quayside", "n:brindle", "n:corvan", "w:trial", "w:jury");

    assertThat(a.storyId()).as("a namesake, or a byline, in another report of the town").isEqualTo("s-new");
  }

  @Test
  void shouldReopenByPersonsEveryReportNamedInFullNeverByTheirFirstNameAlone() {
    StoryClusterer c = clusterer();
    for (int i = 0; i < 12; i++) {
      c.observe(terms("l:en", "w:council", "w:budget", "w:vote"));
    }
    for (int i = 0; i < 3; i++) {
      Map<String, Float> report = terms("l:en", "n:ivo quennel", "w:ivo", "w:quennel", "n:rob sample", "w:rob",
          "w:sample", "n:quennel", "w:shot", "w:quay");
      c.observe(report);
      c.join("s-quay", c.vector(report), T0.plus(Duration.ofHours(i)));
    }
    c.expire(T0.plus(Duration.ofDays(15)));

    StoryClusterer.Assignment a = assign(c, T0.plus(Duration.ofDays(30)), "l:en", "n:ivo quennel", "w:ivo",
        "w:quennel", "n:rob sample", "w:rob", "w:sample", "w:trial", "w:jury");

    assertThat(a.storyId()).as("\"ivo\" is in every report that names him, always in his name").isEqualTo("s-quay");
    assertThat(a.reason()).contains("name ivo quennel, name rob sample");
  }

  /** A shooting in Tannery Lane, Harbourville, reported on its day ({@code report}), closed two weeks later. */
  private static StoryClusterer laneShooting(String... more) {
    StoryClusterer c = clusterer();
    for (int i = 0; i < 12; i++) {
      c.observe(terms("l:en", "t:2022", "w:council", "w:budget", "w:vote"));
    }
    Map<String, Float> report = terms("l:en", "t:2022", "n:harbourville", "p:harbourville", "n:tannery lane",
        "w:shot", "w:wound", "w:night");
    c.observe(report);
    c.join("s-lane", c.vector(report), T0);
    if (more.length > 0) {
      Map<String, Float> other = terms(more);
      c.observe(other);
      c.join("s-other", c.vector(other), T0.plus(Duration.ofHours(5)));
    }
    c.expire(T0.plus(Duration.ofDays(15)));
    return c;
  }

  /** An arrest weeks on that names no one the first report named, but the day, the town and maybe the street. */
  private static StoryClusterer.Assignment arrest(StoryClusterer c, String... more) {
    Map<String, Float> t = terms("l:en", "t:2022", "n:harbourville", "p:harbourville", "w:arrest", "w:charg",
        "w:suspect");
    t.putAll(terms(more));
    t.put(TermProfiles.NAMED_DAY + "2022-03-01", 0f);
    c.observe(t);
    return c.assign(c.vector(t), T0.plus(Duration.ofDays(40)), "s-new");
  }

  @Test
  void shouldReopenTheOnlyStoryOfItsPlaceThatHadTheDayAFollowUpNamesWithItsStreet() {
    StoryClusterer.Assignment a = arrest(laneShooting(), "n:tannery lane");

    assertThat(a.storyId()).isEqualTo("s-lane");
    assertThat(a.reason()).startsWith("reopens story s-lane closed 26 days ago, the only one of its place that had "
        + "the day it names: shares ").contains("name tannery lane").endsWith("names its day 2022-03-01");
  }

  @Test
  void shouldNotReopenByTheDayAndTheTownAlone() {
    StoryClusterer.Assignment a = arrest(laneShooting());

    assertThat(a.storyId()).as("the town had other shootings").isEqualTo("s-new");
  }

  @Test
  void shouldNotReopenByTheDayAndPlaceWhenTwoStoriesOfThePlaceHadTheDay() {
    StoryClusterer c = laneShooting("l:en", "t:2022", "n:harbourville", "p:harbourville", "n:tannery lane",
        "w:fire", "w:blaze", "w:roof");
    assertThat(c.rememberedCount()).isEqualTo(2);

    StoryClusterer.Assignment a = arrest(c, "n:tannery lane");

    assertThat(a.storyId()).as("a shooting and a fire in one street that day").isEqualTo("s-new");
  }

  @Test
  void shouldForgetAClosedStoryAfterTheRetention() {
    StoryClusterer c = closedStory();
    Instant muchLater = T0.plus(Duration.ofDays(80));

    assertThat(c.forgetClosed(muchLater)).containsExactly("s-stab");
    StoryClusterer.Assignment a = assign(c, muchLater, "l:en", "n:ann example", "n:rob sample", "w:sentence",
        "w:judge");

    assertThat(c.rememberedCount()).isZero();
    assertThat(a.storyId()).isEqualTo("s-new");
  }

  @Test
  void shouldRestoreRememberedStoriesAfterARestart() {
    StoryClusterer before = closedStory();
    ClosedStories.Closed kept = before.remembered("s-stab");
    var settings = new StoryClusterer.Settings(0.4, Duration.ofDays(14), DAY, Duration.ofDays(5), 300, 200, 0,
        Duration.ofDays(60));
    StoryClusterer after = new StoryClusterer(settings, StoryClusterer.Evidence.standard(),
        new DocumentFrequencies(Map.of(), 0), List.of(), List.of(kept));

    StoryClusterer.Assignment a = assign(after, T0.plus(Duration.ofDays(30)), "l:en", "n:ann example",
        "n:rob sample", "w:funeral");

    assertThat(a.storyId()).isEqualTo("s-stab");
  }

  @Test
  void shouldRememberNothingWhenReopeningIsOff() {
    var settings = new StoryClusterer.Settings(0.4, Duration.ofDays(14), DAY, Duration.ofDays(5), 300, 200, 0);
    StoryClusterer c = new StoryClusterer(settings, new DocumentFrequencies(Map.of(), 0), List.of());
    Map<String, Float> first = terms("l:en", "n:ann example", "n:rob sample", "w:stab");
    c.observe(first);
    c.join("s-stab", c.vector(first), T0);
    c.expire(T0.plus(Duration.ofDays(15)));

    assertThat(c.rememberedCount()).isZero();
  }
}
