package io.wirewatch.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.Figure;
import io.wirewatch.model.Figure.Metric;
import io.wirewatch.model.Figure.Qualifier;
import io.wirewatch.model.Json;
import io.wirewatch.model.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureLedgerTest {
  private final FigureLedger ledger = new FigureLedger(FigureConfig.DEFAULTS);

  private static Figure killed(long value, String agency, String uri, String time, Qualifier q, boolean revised) {
    return new Figure(Metric.KILLED, "armenia:troops", "Armenian soldiers", value, q, null, revised,
        value + " Armenian soldiers were killed.", 10, uri + ".json", uri, agency, Instant.parse(time));
  }

  private static Figure killed(long value, String agency, String uri, String time) {
    return killed(value, agency, uri, time, Qualifier.EXACT, false);
  }

  private static LedgerUpdate update(Figure f, DecisionStatus status) {
    return new LedgerUpdate("story-1", f.itemUri(), f.source(), f.agency(), f.time(), status, List.of(f));
  }

  private FigureLedger.Result apply(LedgerState state, Figure f, DecisionStatus status) {
    return ledger.apply(state, update(f, status));
  }

  @Test
  void shouldSetTheBaselineSilentlyOnAFiguresFirstReport() {
    var result = apply(null, killed(49, "Reuters", "u1", "2022-09-13T08:00:00Z"), DecisionStatus.NEW);

    assertThat(result.events()).isEmpty();
    assertThat(result.state().history("killed|armenia:troops")).extracting(LedgerState.Entry::value)
        .containsExactly(49L);
  }

  @Test
  void shouldRaiseFigureChangedFromTheLatestEarlierValueOfAnyAgency() {
    var first = apply(null, killed(49, "Reuters", "u1", "2022-09-13T08:00:00Z"), DecisionStatus.NEW);

    var second = apply(first.state(), killed(105, "AP", "u2", "2022-09-14T08:00:00Z"), DecisionStatus.NEW);

    FigureEvent e = second.events().get(0);
    var details = (AlertDetails.FigureChanged) e.details();
    assertThat(e.type()).isEqualTo(AlertType.FIGURE_CHANGED);
    assertThat(details.from()).isEqualTo(49);
    assertThat(details.to()).isEqualTo(105);
    assertThat(details.direction()).isEqualTo("up");
    assertThat(details.previous().agency()).isEqualTo("Reuters");
    assertThat(details.current().source()).isEqualTo("u2.json");
    assertThat(e.title()).isEqualTo("Armenian troops killed: 49 -> 105 (AP)");
    assertThat(e.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(e.alertId()).isEqualTo(FigureAlerts.alertId("story-1", AlertType.FIGURE_CHANGED, "killed",
        "armenia:troops", 49, 105, "u2"));
  }

  @Test
  void shouldNotTakeTheTollARevisionLoweredAsARiseWhenItIsRestatedWithoutOne() {
    var first = apply(null, killed(52, "AP", "u1", "2022-09-15T07:00:00Z"), DecisionStatus.NEW);
    var lowered = apply(first.state(), killed(42, "AP", "u2", "2022-09-15T09:00:00Z", Qualifier.EXACT, true),
        DecisionStatus.NEW);

    var restated = apply(lowered.state(), killed(52, "Reuters", "u3", "2022-09-16T09:00:00Z"), DecisionStatus.NEW);
    var risen = apply(lowered.state(), killed(52, "Reuters", "u3", "2022-09-16T09:00:00Z", Qualifier.EXACT, true),
        DecisionStatus.NEW);

    assertThat(restated.events()).isEmpty();
    assertThat(LedgerState.current(restated.state().history("killed|armenia:troops")).value()).isEqualTo(42L);
    assertThat(risen.events()).extracting(FigureEvent::type).containsExactly(AlertType.FIGURE_CHANGED);
  }

  @Test
  void shouldReportADownwardRevisionAsAChangeDown() {
    var first = apply(null, killed(4, "AP", "u1", "2022-09-15T07:00:00Z"), DecisionStatus.NEW);

    var second = apply(first.state(), killed(3, "Reuters", "u2", "2022-09-15T08:00:00Z", Qualifier.EXACT, true),
        DecisionStatus.NEW);

    var details = (AlertDetails.FigureChanged) second.events().get(0).details();
    assertThat(second.events().get(0).type()).isEqualTo(AlertType.FIGURE_CHANGED);
    assertThat(details.direction()).isEqualTo("down");
  }

  @Test
  void shouldRaiseFigureConflictWhenAnotherAgencyDisagreesWithinTheWindow() {
    var first = apply(null, killed(30, "AP", "u1", "2022-09-15T07:55:00Z"), DecisionStatus.NEW);

    var second = apply(first.state(), killed(36, "dpa", "u2", "2022-09-15T08:35:00Z"), DecisionStatus.NEW);
    var third = apply(second.state(), killed(40, "dpa", "u3", "2022-09-15T12:00:00Z"), DecisionStatus.NEW);

    var conflict = (AlertDetails.FigureConflict) second.events().get(0).details();
    assertThat(second.events()).extracting(FigureEvent::type).containsExactly(AlertType.FIGURE_CONFLICT);
    assertThat(conflict.values()).containsExactly(30L, 36L);
    assertThat(conflict.sources()).extracting(AlertDetails.Provenance::agency).containsExactly("AP", "dpa");
    assertThat(((AlertDetails.FigureChanged) third.events().get(0).details()).from()).isEqualTo(36);
  }

  @Test
  void shouldCallARiseAChangeWhenTheEarlierValueWasALowerBound() {
    var first = apply(null, killed(20, "Reuters", "u1", "2022-09-15T07:10:00Z", Qualifier.AT_LEAST, false),
        DecisionStatus.NEW);

    var second = apply(first.state(), killed(30, "AP", "u2", "2022-09-15T07:55:00Z"), DecisionStatus.NEW);

    assertThat(second.events()).extracting(FigureEvent::type).containsExactly(AlertType.FIGURE_CHANGED);
  }

  @Test
  void shouldRaiseNothingForARepeatADuplicateOrAWithheldItem() {
    var first = apply(null, killed(49, "Reuters", "u1", "2022-09-13T08:00:00Z"), DecisionStatus.NEW);

    var repeat = apply(first.state(), killed(49, "AP", "u2", "2022-09-13T09:00:00Z"), DecisionStatus.NEW);
    var duplicate = apply(repeat.state(), killed(105, "Reuters", "u3", "2022-09-14T09:00:00Z"),
        DecisionStatus.DUPLICATE);
    var withheld = apply(duplicate.state(), killed(105, "AFP", "u4", "2022-09-14T09:00:00Z"),
        DecisionStatus.WITHHELD);

    assertThat(repeat.events()).isEmpty();
    assertThat(duplicate.events()).isEmpty();
    assertThat(withheld.events()).isEmpty();
    assertThat(withheld.state().history("killed|armenia:troops")).extracting(LedgerState.Entry::value)
        .containsExactly(49L, 49L);
  }

  @Test
  void shouldStopCountingAKilledItemsFigures() {
    var first = apply(null, killed(49, "Reuters", "u1", "2022-09-13T08:00:00Z"), DecisionStatus.NEW);
    var wrong = apply(first.state(), killed(60, "AFP", "u2", "2022-09-14T08:00:00Z"), DecisionStatus.NEW);

    var kill = apply(wrong.state(), killed(60, "AFP", "u2", "2022-09-14T09:00:00Z"), DecisionStatus.KILL);
    var next = apply(kill.state(), killed(105, "AP", "u3", "2022-09-14T12:00:00Z"), DecisionStatus.NEW);

    assertThat(kill.events()).isEmpty();
    assertThat(((AlertDetails.FigureChanged) next.events().get(0).details()).from()).isEqualTo(49);
  }

  @Test
  void shouldRaiseFigureChangedForACorrectionThatChangesAFigure() {
    var first = apply(null, killed(83, "dpa", "u1", "2022-09-15T10:50:00Z"), DecisionStatus.NEW);

    var corrected = apply(first.state(), killed(38, "dpa", "u1", "2022-09-15T11:25:00Z"),
        DecisionStatus.CORRECTION);

    var details = (AlertDetails.FigureChanged) corrected.events().get(0).details();
    assertThat(details.from()).isEqualTo(83);
    assertThat(details.to()).isEqualTo(38);
  }

  @Test
  void shouldRoundTripTheLedgerAndFiguresThroughJson() throws Exception {
    var state = apply(null, killed(49, "Reuters", "u1", "2022-09-13T08:00:00Z"), DecisionStatus.NEW).state();
    Figure figure = killed(105, "AP", "u2", "2022-09-14T08:00:00Z", Qualifier.MORE_THAN, true);

    String json = Json.mapper().writeValueAsString(state);
    String figureJson = Json.mapper().writeValueAsString(figure);

    assertThat(Json.mapper().readValue(json, LedgerState.class)).isEqualTo(state);
    assertThat(Json.mapper().readValue(figureJson, Figure.class)).isEqualTo(figure);
    assertThat(figureJson).contains("\"metric\":\"killed\"", "\"qualifier\":\"more_than\"");
  }

  @Test
  void shouldRejectANegativeConflictWindowNamingTheKey() {
    var e = assertThrows(IllegalArgumentException.class, () -> new FigureConfig(Duration.ofHours(-1), 0.5, 20));

    assertThat(e.getMessage()).contains("figures.conflict.window");
  }
}
