package io.wirewatch.alerts.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.PubStatus;
import io.wirewatch.model.Severity;
import io.wirewatch.model.WireItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchlistMatcherTest {
  @TempDir
  Path dir;

  static WireItem item(String agency, int urgency, String headline, String... body) {
    return new WireItem("urn:test:" + headline.hashCode(), "1", Instant.parse("2022-09-14T10:00:00Z"), null,
        agency, "en", headline, List.of(body), null, null, null, null, urgency, PubStatus.USABLE, List.of(), null,
        List.of(), List.of(), "test", "text", null);
  }

  private static final WireItem MONGOLIA = item("AP", 2, "Police fire tear gas at protesters in Mongolia",
      "Police in Mongolia's capital fired tear gas and used water cannons on Wednesday to push back protesters.",
      "Parliament later approved a four-day state of emergency.");

  private static WatchQuery q(String id, String query) {
    return new WatchQuery("foreign", id, query, Severity.HIGH, List.of("slack"), "test.yaml", 1);
  }

  private static List<String> ids(List<WatchMatch> matches) {
    return matches.stream().map(m -> m.query().id()).toList();
  }

  @Test
  void shouldMatchAPhraseOnlyWhenItsWordsStandTogether() {
    try (WatchlistMatcher m = WatchlistMatcher.of(List.of(q("soe", "\"state of emergency\""),
        q("reversed", "\"emergency of state\"")))) {
      List<WatchMatch> matches = m.match(MONGOLIA);
      assertThat(ids(matches)).containsExactly("soe");
      assertThat(matches.get(0).highlights()).anyMatch(h -> h.contains("[state of emergency]") || h.contains("[state]"));
    }
  }

  @Test
  void shouldHighlightEachHitInTextOrderEvenAfterTheQueriesWereReloaded() {
    List<WatchMatch> matches;
    try (WatchlistMatcher m = WatchlistMatcher.of(List.of(q("two", "cannons AND (police OR parliament)"),
        q("none", "mongolia AND hurricane")))) {
      matches = m.match(MONGOLIA);
    }
    // highlights are worked out when asked for, which may be after a reload closed the index that matched
    assertThat(ids(matches)).containsExactly("two");
    assertThat(matches.get(0).highlights()).containsExactly(
        "body: [Police] in Mongolia's capital fired tear gas an...",
        "body: ...s capital fired tear gas and used water [cannons] on Wednesday to push back protesters. ...",
        "body: ... on Wednesday to push back protesters. [Parliament] later approved a four-day state of emer...",
        "headline: [Police] fire tear gas at protesters in Mongolia");
  }

  @Test
  void shouldLetThePresearcherFilterWithoutLosingAMatchOfAnyQueryShape() {
    // conjunctions longer than the presearcher's passes, metadata fields, phrases, disjunctions, wildcards
    List<WatchQuery> queries = List.of(
        q("long-and", "mongolia AND police AND gas AND parliament AND emergency"),
        q("agency-and", "agency:ap AND mongolia"),
        q("urgency-and", "urgency:[1 TO 3] AND protesters AND mongolia"),
        q("phrase-and", "\"tear gas\"~2 AND police AND mongolia"),
        q("or-and", "(mongolia OR kazakhstan) AND cannons"),
        q("wildcard-and", "mongol* AND parliament"),
        q("field-and", "headline:mongolia AND (gas OR riot)"));
    WireItem elsewhere = item("AP", 2, "Police fire tear gas at protesters in Kazakhstan",
        "Police in the capital fired tear gas and used water cannons on Wednesday to push back protesters.",
        "Parliament later approved a four-day state of emergency.");
    try (WatchlistMatcher m = WatchlistMatcher.of(queries)) {
      assertThat(ids(m.match(MONGOLIA))).containsExactlyInAnyOrderElementsOf(
          queries.stream().map(WatchQuery::id).toList());
      assertThat(ids(m.match(elsewhere))).containsExactly("or-and");
    }
  }

  @Test
  void shouldLeaveOutItemsThatHoldAnExcludedWord() {
    try (WatchlistMatcher m = WatchlistMatcher.of(List.of(q("no-cannons", "protesters AND NOT cannons"),
        q("no-hurricane", "protesters AND NOT hurricane"), q("minus", "+gas -\"state of emergency\"")))) {
      assertThat(ids(m.match(MONGOLIA))).containsExactly("no-hurricane");
    }
  }

  @Test
  void shouldMatchProximityWithinTheGivenSlopOnly() {
    try (WatchlistMatcher m = WatchlistMatcher.of(List.of(q("near", "\"police protesters\"~12"),
        q("far", "\"police parliament\"~3")))) {
      assertThat(ids(m.match(MONGOLIA))).containsExactly("near");
    }
  }

  @Test
  void shouldRestrictQueriesToTheNamedField() {
    try (WatchlistMatcher m = WatchlistMatcher.of(List.of(q("in-headline", "headline:mongolia"),
        q("parliament-in-headline", "headline:parliament"), q("ap", "agency:ap AND urgency:[1 TO 3]"),
        q("reuters", "agency:reuters"), q("english", "language:en AND body:parliament")))) {
      assertThat(ids(m.match(MONGOLIA))).containsExactly("ap", "english", "in-headline");
    }
  }

  @Test
  void shouldMatchWildcardsAgainstWholeWords() {
    try (WatchlistMatcher m = WatchlistMatcher.of(List.of(q("protest", "protest*"), q("cannon", "cann?ns"),
        q("none", "evacuat*")))) {
      List<WatchMatch> matches = m.match(MONGOLIA);
      assertThat(ids(matches)).containsExactly("cannon", "protest");
      assertThat(matches.get(1).highlights()).anyMatch(h -> h.startsWith("headline: ") && h.contains("[protesters]"));
    }
  }

  @Test
  void shouldReportABrokenQueryWithItsFileAndLineAndKeepTheOthers() throws IOException {
    Files.writeString(dir.resolve("desk.yaml"), """
        desk: foreign
        channels: [slack]
        queries:
          - id: good
            query: 'tear AND gas'
          - id: broken
            query: '"state of emergency'
          - id: also-good
            query: mongolia
        """);
    try (WatchlistMatcher m = WatchlistMatcher.fromDirectory(dir)) {
      assertThat(ids(m.match(MONGOLIA))).containsExactly("also-good", "good");
      assertThat(m.errors()).singleElement().satisfies(e -> {
        assertThat(e.file()).endsWith("desk.yaml");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.queryId()).isEqualTo("broken");
      });
    }
  }

  @Test
  void shouldReloadChangedFilesWithoutARestart() throws IOException {
    Path file = dir.resolve("desk.yaml");
    Files.writeString(file, "desk: foreign\nqueries:\n  - id: gas\n    query: tear\n");
    try (WatchlistMatcher m = WatchlistMatcher.fromDirectory(dir)) {
      assertThat(ids(m.match(MONGOLIA))).containsExactly("gas");
      assertThat(m.reloadIfChanged()).as("nothing changed yet").isFalse();

      Files.writeString(file, "desk: foreign\nseverity: high\nqueries:\n  - id: soe\n    query: '\"state of emergency\"'\n");
      Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
      Files.writeString(dir.resolve("second.yml"), "desk: asia\nqueries:\n  - id: mongolia\n    query: mongolia\n");
      assertThat(m.reloadIfChanged()).isTrue();

      List<WatchMatch> matches = m.match(MONGOLIA);
      assertThat(matches).extracting(x -> x.query().desk() + "/" + x.query().id())
          .containsExactly("asia/mongolia", "foreign/soe");
      assertThat(matches.get(1).query().severity()).isEqualTo(Severity.HIGH);
    }
  }

  @Test
  void shouldLoadTheShippedExampleWatchlistWithoutErrors() {
    Path config = Path.of("config", "watchlists");
    try (WatchlistMatcher m = WatchlistMatcher.fromDirectory(config)) {
      assertThat(m.errors()).isEmpty();
      assertThat(m.size()).isGreaterThanOrEqualTo(5);
      assertThat(ids(m.match(MONGOLIA))).contains("state-of-emergency");
    }
  }

  @Test
  void shouldAlertOncePerStoryAndQuery() {
    WatchMemory memory = WatchMemory.empty();
    assertThat(memory.alreadyAlerted("foreign", "soe")).isFalse();
    memory = memory.remember("foreign", "soe");
    assertThat(memory.alreadyAlerted("foreign", "soe")).isTrue();
    assertThat(memory.alreadyAlerted("asia", "soe")).isFalse();
    assertThat(memory.remember("foreign", "soe")).isSameAs(memory);
  }

  @Test
  void shouldRememberAnItemsMatchesTogether() {
    WatchMemory memory = WatchMemory.empty().remember("foreign", "soe");

    WatchMemory next = memory.rememberAll(List.of(q("gas", "gas"), q("soe", "emergency")));

    assertThat(next.alreadyAlerted("foreign", "gas")).isTrue();
    assertThat(next.queryIds()).hasSize(2);
    assertThat(next.rememberAll(List.of(q("gas", "gas")))).as("nothing new").isSameAs(next);
  }

  @Test
  void shouldTurnAMatchIntoWatchAlertDetails() {
    try (WatchlistMatcher m = WatchlistMatcher.of(List.of(q("gas", "\"tear gas\"")))) {
      var details = m.match(MONGOLIA).get(0).details();
      assertThat(details.queryId()).isEqualTo("gas");
      assertThat(details.desk()).isEqualTo("foreign");
      assertThat(details.query()).isEqualTo("\"tear gas\"");
      assertThat(details.highlights()).isNotEmpty().allMatch(h -> h.contains("[tear gas]") || h.contains("[tear]")
          || h.contains("[gas]"));
    }
  }
}
