package io.wirewatch.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.Figure;
import io.wirewatch.model.Figure.Metric;
import io.wirewatch.model.Figure.Qualifier;
import io.wirewatch.model.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When a reported value is news and when it is not: each class of report that moved a story's figure
 * wrongly on real toll progressions, told with our own figures.
 */
class FigureLedgerNewsTest {
  private final FigureLedger ledger = new FigureLedger(FigureConfig.DEFAULTS);

  /** A figure as the extractor hands it over; build with the with* methods. */
  private record Fig(Metric metric, String subjectKey, long value, Qualifier qualifier, Long previous,
      boolean revised, int offset, String agency, String uri, String time) {
    static Fig of(Metric metric, String subjectKey, long value, String agency, String uri, String time) {
      return new Fig(metric, subjectKey, value, Qualifier.EXACT, null, false, 40, agency, uri, time);
    }

    static Fig killed(long value, String agency, String uri, String time) {
      return of(Metric.KILLED, "people", value, agency, uri, time);
    }

    Fig qualified(Qualifier q) {
      return new Fig(metric, subjectKey, value, q, previous, revised, offset, agency, uri, time);
    }

    Fig revisedFrom(Long earlier) {
      return new Fig(metric, subjectKey, value, qualifier, earlier, true, offset, agency, uri, time);
    }

    Fig statingEarlier(long earlier) {
      return new Fig(metric, subjectKey, value, qualifier, earlier, false, offset, agency, uri, time);
    }

    Fig inHeadline() {
      return new Fig(metric, subjectKey, value, qualifier, previous, revised, -1, agency, uri, time);
    }

    Fig at(int offsetInBody) {
      return new Fig(metric, subjectKey, value, qualifier, previous, revised, offsetInBody, agency, uri, time);
    }

    Figure figure() {
      return new Figure(metric, subjectKey, subjectKey, value, qualifier, previous, revised,
          "The count stood at " + value + ".", offset, uri + ".xml", uri, agency, Instant.parse(time));
    }
  }

  /** Feeds items to one story's ledger and keeps what it raised. */
  private final class Story {
    LedgerState state = LedgerState.empty();
    final List<FigureEvent> events = new ArrayList<>();

    List<FigureEvent> item(DecisionStatus status, Fig... figs) {
      return received(status, null, figs);
    }

    List<FigureEvent> received(DecisionStatus status, String receivedAt, Fig... figs) {
      List<Figure> figures = java.util.Arrays.stream(figs).map(Fig::figure).toList();
      Fig first = figs[0];
      var result = ledger.apply(state, new LedgerUpdate("story-9", first.uri(), first.uri() + ".xml", first.agency(),
          Instant.parse(first.time()), status, figures, receivedAt == null ? null : Instant.parse(receivedAt)));
      state = result.state();
      events.addAll(result.events());
      return result.events();
    }

    List<FigureEvent> item(Fig... figs) {
      return item(DecisionStatus.NEW, figs);
    }

    long current(String key) {
      return state.current(key).value();
    }
  }

  private static AlertDetails.FigureChanged changed(FigureEvent e) {
    assertThat(e.type()).isEqualTo(AlertType.FIGURE_CHANGED);
    return (AlertDetails.FigureChanged) e.details();
  }

  @Test
  void shouldNotCallAValueAChangeWhenAnotherAgencyGaveItMomentsBefore() {
    Story s = new Story();
    s.item(Fig.of(Metric.INJURED, "people", 30, "Agency A", "a1", "2031-03-02T10:00:00Z"));
    s.item(Fig.of(Metric.INJURED, "people", 36, "Agency B", "b1", "2031-03-02T10:40:00Z"));

    var repeat = s.item(Fig.of(Metric.INJURED, "people", 30, "Agency C", "c1", "2031-03-02T11:10:00Z"));

    assertThat(repeat).as("C only repeats what A said an hour ago").isEmpty();
    assertThat(s.current("injured|people")).isEqualTo(36);
    assertThat(s.state.history("injured|people")).last()
        .satisfies(e -> assertThat(e.aside()).isEqualTo(FigureLedger.ALREADY_REPORTED));
  }

  @Test
  void shouldCallAMissingCountThatFallsBackToAValueOfDaysAgoAChange() {
    Story s = new Story();
    s.item(Fig.of(Metric.MISSING, "people", 12, "Agency A", "a1", "2031-03-01T08:00:00Z"));
    s.item(Fig.of(Metric.MISSING, "people", 30, "Agency B", "b1", "2031-03-02T08:00:00Z"));

    var found = s.item(Fig.of(Metric.MISSING, "people", 12, "Agency C", "c1", "2031-03-09T08:00:00Z"));

    assertThat(found).singleElement().satisfies(e -> {
      assertThat(changed(e).from()).isEqualTo(30);
      assertThat(changed(e).to()).isEqualTo(12);
    });
  }

  @Test
  void shouldIgnoreASlowerOutletsOlderFigureThatArrivesAfterAHigherOne() {
    Story s = new Story();
    s.item(Fig.killed(9, "Agency A", "a1", "2031-03-02T06:00:00Z"));
    s.item(Fig.killed(14, "Agency A", "a2", "2031-03-02T09:00:00Z"));

    var late = s.item(Fig.killed(11, "Agency B", "b1", "2031-03-02T07:30:00Z"));
    var stale = s.item(Fig.killed(11, "Agency C", "c1", "2031-03-02T12:00:00Z"));

    assertThat(late).as("written before the 14 was known").isEmpty();
    assertThat(stale).as("a lower toll from another outlet with no revision stated").isEmpty();
    assertThat(s.current("killed|people")).isEqualTo(14);
    assertThat(s.state.history("killed|people")).extracting(LedgerState.Entry::aside)
        .containsExactly(null, null, FigureLedger.OLDER, FigureLedger.LOWER_NOT_REVISED);
  }

  @Test
  void shouldNotLetAnItemDatedInTheFutureMakeLaterReportsLookOlder() {
    Story s = new Story();
    s.received(DecisionStatus.NEW, "2031-03-02T06:01:00Z", Fig.of(Metric.MISSING, "people", 20, "Agency A", "a1",
        "2031-03-02T06:00:00Z"));
    s.received(DecisionStatus.NEW, "2031-03-02T07:00:00Z", Fig.of(Metric.MISSING, "people", 25, "Agency B", "b1",
        "2099-01-01T00:00:00Z"));

    var next = s.received(DecisionStatus.NEW, "2031-03-03T07:00:00Z", Fig.of(Metric.MISSING, "people", 14,
        "Agency C", "c1", "2031-03-03T06:59:00Z"));

    assertThat(next).singleElement().satisfies(e -> assertThat(changed(e).from()).isEqualTo(25));
    assertThat(s.state.current("missing|people").at()).isEqualTo(Instant.parse("2031-03-03T06:59:00Z"));
  }

  @Test
  void shouldTakeAnOlderReportThatRaisesAGrowingCountAsAChange() {
    Story s = new Story();
    s.item(Fig.killed(9, "Agency A", "a1", "2031-03-02T12:00:00Z"));

    var late = s.item(Fig.killed(13, "Agency B", "b1", "2031-03-02T08:30:00Z"));

    assertThat(late).singleElement().satisfies(e -> assertThat(changed(e).to()).isEqualTo(13));
  }

  @Test
  void shouldTakeAGrowingCountsDecreaseWhenTheTextLowersItOrTheSameAgencyDoes() {
    Story revised = new Story();
    revised.item(Fig.killed(31, "Agency A", "a1", "2031-03-02T06:00:00Z"));
    var down = revised.item(Fig.killed(27, "Agency B", "b1", "2031-03-02T09:00:00Z").revisedFrom(null));

    Story stated = new Story();
    stated.item(Fig.killed(31, "Agency A", "a1", "2031-03-02T06:00:00Z"));
    var earlierGiven = stated.item(Fig.killed(27, "Agency B", "b1", "2031-03-02T09:00:00Z").statingEarlier(31));

    Story own = new Story();
    own.item(Fig.killed(31, "Agency A", "a1", "2031-03-02T06:00:00Z"));
    var ownLower = own.item(Fig.killed(27, "Agency A", "a2", "2031-03-02T09:00:00Z"));

    Story corrected = new Story();
    corrected.item(Fig.killed(31, "Agency A", "a1", "2031-03-02T06:00:00Z"));
    var correction = corrected.item(DecisionStatus.CORRECTION, Fig.killed(27, "Agency B", "b1",
        "2031-03-02T09:00:00Z"));

    for (List<FigureEvent> events : List.of(down, earlierGiven, ownLower, correction)) {
      assertThat(events).singleElement().satisfies(e -> {
        assertThat(changed(e).from()).isEqualTo(31);
        assertThat(changed(e).to()).isEqualTo(27);
        assertThat(changed(e).direction()).isEqualTo("down");
      });
    }
  }

  @Test
  void shouldRaiseAConflictForAnotherAgencysLowerTollButKeepTheHigherAsCurrent() {
    Story s = new Story();
    s.item(Fig.killed(12, "Agency A", "a1", "2031-03-02T10:00:00Z"));

    var lower = s.item(Fig.killed(10, "Agency B", "b1", "2031-03-02T10:20:00Z"));
    var next = s.item(Fig.killed(13, "Agency C", "c1", "2031-03-02T15:00:00Z"));

    assertThat(lower).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(AlertType.FIGURE_CONFLICT);
      assertThat(((AlertDetails.FigureConflict) e.details()).values()).containsExactly(12L, 10L);
    });
    assertThat(next).singleElement().satisfies(e -> assertThat(changed(e).from()).isEqualTo(12));
  }

  @Test
  void shouldNotTakeARevisionWhoseStatedEarlierFigureIsLowerAsADecrease() {
    Story s = new Story();
    s.item(Fig.killed(31, "Agency A", "a1", "2031-03-02T06:00:00Z"));

    var rose = s.item(Fig.killed(27, "Agency B", "b1", "2031-03-02T09:00:00Z").revisedFrom(20L));

    assertThat(rose).as("'up from 20 to 27' is old news next to 31").isEmpty();
    assertThat(s.current("killed|people")).isEqualTo(31);
  }

  @Test
  void shouldLetMissingDisplacedAndTroopCountsFallWithoutAStatedRevision() {
    Story s = new Story();
    s.item(Fig.of(Metric.MISSING, "people", 40, "Agency A", "a1", "2031-03-02T06:00:00Z"));

    var fewer = s.item(Fig.of(Metric.MISSING, "people", 33, "Agency B", "b1", "2031-03-02T18:00:00Z"));

    assertThat(fewer).singleElement().satisfies(e -> assertThat(changed(e).to()).isEqualTo(33));
  }

  @Test
  void shouldTakeALowerBoundBelowTheCurrentFigureAsAgreement() {
    Story s = new Story();
    s.item(Fig.of(Metric.MISSING, "people", 26, "Agency A", "a1", "2031-03-02T06:00:00Z"));

    var loose = s.item(Fig.of(Metric.MISSING, "people", 25, "Agency B", "b1", "2031-03-03T06:00:00Z")
        .qualified(Qualifier.MORE_THAN));

    assertThat(loose).isEmpty();
    assertThat(s.current("missing|people")).isEqualTo(26);
  }

  @Test
  void shouldTakeARoundApproximationOfTheCurrentFigureAsAgreementButNotAFarOne() {
    Story s = new Story();
    s.item(Fig.of(Metric.MISSING, "people", 41, "Agency A", "a1", "2031-03-02T06:00:00Z"));

    var rounded = s.item(Fig.of(Metric.MISSING, "people", 40, "Agency B", "b1", "2031-03-03T06:00:00Z")
        .qualified(Qualifier.ABOUT));
    var moved = s.item(Fig.of(Metric.MISSING, "people", 30, "Agency C", "c1", "2031-03-04T06:00:00Z")
        .qualified(Qualifier.ABOUT));

    assertThat(rounded).isEmpty();
    assertThat(moved).singleElement().satisfies(e -> assertThat(changed(e).from()).isEqualTo(41));
  }

  @Test
  void shouldKeepOnlyAnExcerptOfALongSentenceInTheStoryState() {
    String longSentence = "word ".repeat(400).trim();
    Figure f = new Figure(Metric.KILLED, "people", "people", 5, Qualifier.EXACT, null, false, longSentence, 0,
        "a1.xml", "a1", "Agency A", Instant.parse("2031-03-02T06:00:00Z"));

    var state = ledger.apply(null, new LedgerUpdate("story-9", "a1", "a1.xml", "Agency A", f.time(),
        DecisionStatus.NEW, List.of(f))).state();

    String kept = state.current("killed|people").sentence();
    assertThat(kept.length()).isLessThanOrEqualTo(LedgerState.Entry.SENTENCE_CHARS);
    assertThat(longSentence).startsWith(kept.substring(0, kept.length() - 1));
  }

  @Test
  void shouldKeepEachSidesCountApart() {
    Story s = new Story();
    s.item(Fig.of(Metric.INJURED, "KG:people", 58, "Agency A", "a1", "2031-03-02T06:00:00Z"),
        Fig.of(Metric.INJURED, "TJ:people", 22, "Agency A", "a1", "2031-03-02T06:00:00Z").at(90));

    var both = s.item(Fig.of(Metric.INJURED, "TJ:people", 22, "Agency B", "b1", "2031-03-02T09:00:00Z"),
        Fig.of(Metric.INJURED, "KG:people", 58, "Agency B", "b1", "2031-03-02T09:00:00Z").at(90));
    var oneSide = s.item(Fig.of(Metric.INJURED, "TJ:people", 30, "Agency C", "c1", "2031-03-03T09:00:00Z"));

    assertThat(both).as("58 and 22 are two sides, not a fall from 58 to 22").isEmpty();
    assertThat(oneSide).singleElement().satisfies(e -> {
      assertThat(e.subjectKey()).isEqualTo("TJ:people");
      assertThat(changed(e).from()).isEqualTo(22);
    });
    assertThat(s.current("injured|KG:people")).isEqualTo(58);
  }

  @Test
  void shouldKeepANarrowerScopesCountAsItsOwnFigureAndNeverAlertOnIt() {
    Story s = new Story();
    s.item(Fig.killed(70, "Agency A", "a1", "2031-03-02T06:00:00Z"));

    var province = s.item(Fig.of(Metric.KILLED, "people@north province", 45, "Agency B", "b1",
        "2031-03-02T08:00:00Z"));
    var provinceAgain = s.item(Fig.of(Metric.KILLED, "people@north province", 48, "Agency B", "b2",
        "2031-03-02T09:00:00Z"));
    var toll = s.item(Fig.killed(76, "Agency C", "c1", "2031-03-02T12:00:00Z"));

    assertThat(province).isEmpty();
    assertThat(provinceAgain).isEmpty();
    assertThat(toll).singleElement().satisfies(e -> assertThat(changed(e).from()).isEqualTo(70));
    assertThat(s.current("killed|people@north province")).isEqualTo(48);
  }

  @Test
  void shouldNotCountAHeadlineFigureTheBodyDoesNotSupport() {
    Story s = new Story();
    s.item(Fig.killed(18, "Agency A", "a1", "2031-03-02T06:00:00Z"));

    var rounded = s.item(Fig.killed(25, "Agency B", "b1", "2031-03-02T09:00:00Z").inHeadline(),
        Fig.killed(23, "Agency B", "b1", "2031-03-02T09:00:00Z"));
    var otherStory = s.item(Fig.of(Metric.ARRESTED, "people", 6, "Agency C", "c1", "2031-03-02T10:00:00Z")
        .inHeadline(), Fig.killed(23, "Agency C", "c1", "2031-03-02T10:00:00Z"));

    assertThat(rounded).singleElement().satisfies(e -> assertThat(changed(e).to()).isEqualTo(23));
    assertThat(otherStory).isEmpty();
    assertThat(s.state.history("arrested|people")).singleElement()
        .satisfies(e -> assertThat(e.aside()).isEqualTo(ItemFigures.UNSUPPORTED_HEADLINE));
  }

  @Test
  void shouldCountABareHeadlineWhenTheBodyGivesNoFigure() {
    Story s = new Story();
    s.item(Fig.killed(18, "Agency A", "a1", "2031-03-02T06:00:00Z"));

    var flash = s.item(Fig.killed(24, "Agency B", "b1", "2031-03-02T09:00:00Z").inHeadline());

    assertThat(flash).singleElement().satisfies(e -> assertThat(changed(e).to()).isEqualTo(24));
  }

  @Test
  void shouldTakeTheLargestOfTwoTollsInOneItemAndTheFirstOfTwoMissingCounts() {
    Story s = new Story();
    s.item(Fig.killed(40, "Agency A", "a1", "2031-03-02T06:00:00Z"),
        Fig.of(Metric.MISSING, "people", 15, "Agency A", "a1", "2031-03-02T06:00:00Z").at(80));

    var twoSources = s.item(Fig.killed(44, "Agency B", "b1", "2031-03-02T09:00:00Z"),
        Fig.killed(61, "Agency B", "b1", "2031-03-02T09:00:00Z").at(120),
        Fig.of(Metric.MISSING, "people", 9, "Agency B", "b1", "2031-03-02T09:00:00Z").at(200),
        Fig.of(Metric.MISSING, "people", 12, "Agency B", "b1", "2031-03-02T09:00:00Z").at(260));

    assertThat(twoSources).hasSize(2);
    assertThat(changed(twoSources.get(0)).to()).isEqualTo(61);
    assertThat(changed(twoSources.get(1)).to()).isEqualTo(9);
  }

  @Test
  void shouldGiveTwoDifferentChangesToTheSameValueTwoIdsAndAReplayTheSameIds() {
    List<String> first = idsOfOneRun();
    List<String> replay = idsOfOneRun();

    assertThat(first).hasSize(3).doesNotHaveDuplicates();
    assertThat(replay).as("replayed from scratch: the same ids").isEqualTo(first);
  }

  /** 12 -> 20, revised down to 16, then 20 again: two changes to 20, each its own alert. */
  private List<String> idsOfOneRun() {
    Story s = new Story();
    s.item(Fig.killed(12, "Agency A", "a1", "2031-03-02T06:00:00Z"));
    s.item(Fig.killed(20, "Agency B", "b1", "2031-03-02T12:00:00Z"));
    s.item(Fig.killed(16, "Agency A", "a2", "2031-03-02T18:00:00Z").revisedFrom(null));
    s.item(Fig.killed(20, "Agency C", "c1", "2031-03-03T06:00:00Z").revisedFrom(null));
    return s.events.stream().map(FigureEvent::alertId).toList();
  }

  @Test
  void shouldKeepTheCurrentValueWhenSetAsideValuesFillTheHistory() {
    Story s = new Story();
    s.item(Fig.killed(100, "Agency A", "a1", "2031-03-02T06:00:00Z"));
    for (int i = 0; i < FigureConfig.DEFAULTS.historyLimit() + 5; i++) {
      s.item(Fig.killed(50 + i, "Agency B", "b" + i, "2031-03-05T07:00:00Z"));
    }

    assertThat(s.state.history("killed|people")).hasSize(FigureConfig.DEFAULTS.historyLimit());
    assertThat(s.current("killed|people")).isEqualTo(100);
  }

  @Test
  void shouldReadAStoredEntryWithoutAReasonAsCounting() throws Exception {
    String stored = "{\"figures\":{\"killed|people\":[{\"value\":7,\"qualifier\":\"exact\",\"subject\":\"people\","
        + "\"source\":\"a1.xml\",\"itemUri\":\"a1\",\"agency\":\"Agency A\",\"at\":\"2031-03-02T06:00:00Z\","
        + "\"sentence\":\"Seven died.\",\"offset\":0}]}}";

    LedgerState state = Json.mapper().readValue(stored, LedgerState.class);

    assertThat(state.current("killed|people").value()).isEqualTo(7);
  }
}
