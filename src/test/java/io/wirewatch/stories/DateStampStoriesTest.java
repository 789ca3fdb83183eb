package io.wirewatch.stories;

import static io.wirewatch.stories.StoryItems.item;
import static io.wirewatch.stories.StoryItems.undated;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.WireItem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two undated reports of one kind of event with the same team, town and police, written years apart, are two
 * events: a page's date stamp two years or more from the story's stamps, or, where the story's reports carry none,
 * a stamped report naming none of the years the story confirms, keeps a look-alike apart even where its words and
 * names would join it, and the decision says so; so does a report without a stamp that names only years two or more
 * from the stamps its story confirms (its first report's, or a year two of its reports state). A follow-up written the same year, or over a new year, or naming the story's year, or
 * naming the history its story told too, joins; a dated report is left to its date.
 */
class DateStampStoriesTest {
  /** What a fresh clusterer assigns each item, by uri, ten minutes apart. */
  private static Map<String, StoryClusterer.Assignment> assigned(WireItem... items) {
    return StoryItems.feed(new StoryClusterer(StoryClusterer.Settings.standard(), new DocumentFrequencies(Map.of(), 0),
        List.of()), Duration.ofMinutes(10), List.of(items));
  }

  private static final String FIRST_ARREST = "Harbourville Gulls lineman Rob Sample was arrested early Sunday on "
      + "suspicion of drunken driving after the Coastal Highway Patrol stopped him for speeding on Route 9 near "
      + "Lakeport. Sample was booked into the Lakeport county jail and released on bail.";

  private static final String SECOND_ARREST = "Harbourville Gulls receiver Tom Example was arrested early Sunday "
      + "on suspicion of drunken driving after the Coastal Highway Patrol stopped him for speeding on Route 9 near "
      + "Lakeport, the team's second such arrest after lineman Rob Sample. Example was booked into the Lakeport "
      + "county jail and released on bail.";

  private static final String FIRST = "Gulls lineman arrested on suspicion of drunken driving";
  private static final String SECOND = "Gulls receiver arrested on suspicion of drunken driving";

  @Test
  void shouldKeepApartALookAlikeWrittenInAnotherYearAndSayWhy() {
    Map<String, StoryClusterer.Assignment> assigned = assigned(
        undated("first", "en", FIRST, "Posted: March 3, 2019", FIRST_ARREST),
        undated("follow", "en", "Gulls lineman faces drunken driving charge", "March 4, 2019 10:12 AM",
            FIRST_ARREST + " The city attorney has not yet filed charges."),
        undated("other", "en", SECOND, "Posted: February 2, 2021", SECOND_ARREST));

    assertThat(assigned.get("follow").storyId()).as("written the same year").isEqualTo("s-first");
    assertThat(assigned.get("other").storyId()).isEqualTo("s-other");
    assertThat(assigned.get("other").reason()).contains("another date (written 2021 against written 2019)");
  }

  @Test
  void shouldReadPagesStampedAYearApartAsOneStoryOverANewYear() {
    assertJoinedWithNoOtherDate(undated("first", "en", FIRST, "Posted: December 31, 2019", FIRST_ARREST),
        undated("follow", "en", "Gulls lineman faces drunken driving charge", "Posted: January 2, 2020",
            FIRST_ARREST + " The city attorney has not yet filed charges."));
  }

  @Test
  void shouldJoinTheSameLookAlikeWhenNeitherSaysWhenItWasWritten() {
    Map<String, StoryClusterer.Assignment> assigned = assigned(undated("first", "en", FIRST, FIRST_ARREST),
        undated("other", "en", SECOND, SECOND_ARREST));

    assertThat(assigned.get("other").storyId()).as("the words and names alone join them").isEqualTo("s-first");
  }

  @Test
  void shouldWeighAStampAgainstTheYearsOfAStoryThatCarriesNoneAndTheOtherWayRound() {
    assertKeptApart(undated("first", "en", FIRST, FIRST_ARREST + " He signed with the Gulls in 2019."),
        undated("other", "en", SECOND, "Posted: February 2, 2021", SECOND_ARREST),
        "another date (written 2021 against 2019)");
    assertKeptApart(undated("first", "en", SECOND, "Posted: February 2, 2021", SECOND_ARREST),
        undated("other", "en", FIRST, FIRST_ARREST + " Sample was drafted by the Gulls in 2018."),
        "another date (names 2018 against written 2021)");
  }

  /** The report {@code other} opens a story of its own beside {@code first}'s and says why. */
  private static void assertKeptApart(WireItem first, WireItem other, String why) {
    Map<String, StoryClusterer.Assignment> assigned = assigned(first, other);

    assertThat(assigned.get("other").storyId()).isEqualTo("s-other");
    assertThat(assigned.get("other").reason()).contains(why);
  }

  @Test
  void shouldNotReadAStampAgainstAStoryWhoseYearTheReportNamesToo() {
    assertJoinedWithNoOtherDate(undated("first", "en", FIRST, FIRST_ARREST + " He signed with the Gulls in 2019."),
        undated("follow", "en", "Gulls lineman pleads guilty", "Posted: February 2, 2021",
            FIRST_ARREST + " He signed with the Gulls in 2019 and pleaded guilty on Monday."));
  }

  /** The report {@code follow} joins {@code first}'s story, and no date weighed against it. */
  private static void assertJoinedWithNoOtherDate(WireItem first, WireItem follow) {
    Map<String, StoryClusterer.Assignment> assigned = assigned(first, follow);

    assertThat(assigned.get("follow").storyId()).isEqualTo("s-first");
    assertThat(assigned.get("follow").reason()).doesNotContain("another date");
  }

  @Test
  void shouldLeaveADatedReportToItsDate() {
    Map<String, StoryClusterer.Assignment> assigned = assigned(
        item("first", "en", FIRST, "Posted: March 3, 2019", FIRST_ARREST),
        item("other", "en", SECOND, "Posted: February 2, 2021", SECOND_ARREST));

    assertThat(assigned.get("other").reason()).doesNotContain("another date");
  }

  private static final String SECOND_ARREST_HISTORY = SECOND_ARREST + " Example joined the Gulls in 2017.";

  @Test
  void shouldWeighAYearTheStoryOnlyNamesLessThanOneItsPageGives() {
    Map<String, StoryClusterer.Assignment> assigned = assigned(
        undated("first", "en", SECOND, SECOND_ARREST + " It was the team's first such arrest in 2021."),
        undated("other", "en", FIRST, FIRST_ARREST + " Sample was drafted by the Gulls in 2018."));

    assertThat(assigned.get("other").storyId()).as("another year alone is outweighed").isEqualTo("s-first");
    assertThat(assigned.get("other").reason()).contains("another year").doesNotContain("another date");
  }

  @Test
  void shouldJoinAnUnstampedFollowUpNamingAYearNearTheStorysStampTheHistoryItToldOrNoYear() {
    assertJoinsTheStampedStory(SECOND_ARREST, SECOND_ARREST + " He was drafted in 2018 and signed a new deal in 2020.");
    assertJoinsTheStampedStory(SECOND_ARREST_HISTORY, SECOND_ARREST_HISTORY);
    assertJoinsTheStampedStory(SECOND_ARREST, SECOND_ARREST);
  }

  @Test
  void shouldNotWeighAnUnstampedReportAgainstAStampOnlyALaterReportOfTheStoryCarries() {
    Map<String, StoryClusterer.Assignment> assigned = assigned(
        undated("first", "en", SECOND, SECOND_ARREST),
        undated("stamped", "en", "Gulls receiver faces drunken driving charge", "Posted: February 2, 2021",
            SECOND_ARREST),
        undated("follow", "en", "Gulls receiver pleads guilty", SECOND_ARREST + " He was drafted in 2018."));

    assertThat(assigned.get("stamped").storyId()).isEqualTo("s-first");
    assertThat(assigned.get("follow").storyId()).as("one report's stamp is not the story's").isEqualTo("s-first");
    assertThat(assigned.get("follow").reason()).doesNotContain("another date");
  }

  /** A report without a stamp, {@code follow}, joins the story a page stamped 2021 opened with {@code first}. */
  private static void assertJoinsTheStampedStory(String first, String follow) {
    Map<String, StoryClusterer.Assignment> assigned = assigned(
        undated("first", "en", SECOND, "Posted: February 2, 2021", first),
        undated("follow", "en", "Gulls receiver faces drunken driving charge", follow));

    assertThat(assigned.get("follow").storyId()).as(follow).isEqualTo("s-first");
    assertThat(assigned.get("follow").reason()).as(follow).doesNotContain("another date");
  }
}
