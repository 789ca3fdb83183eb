package io.wirewatch.alerts.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.Json;
import io.wirewatch.model.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationLadderTest {
  private static final DomainClassifier.Classification CONFLICT =
      new DomainClassifier.Classification(StoryDomain.CONFLICT, true);
  private static final DomainClassifier.Classification SPORT =
      new DomainClassifier.Classification(StoryDomain.SPORT, true);

  private static List<Evidence> at(EscalationLevel level, String sentence) {
    return List.of(new Evidence(sentence, "cue", level, false));
  }

  private static EscalationLadder.Step step(EscalationLadder state, String uri, DecisionStatus status,
      DomainClassifier.Classification domain, List<Evidence> evidence) {
    return EscalationLadder.apply(state, new EscalationLadder.Input(uri, status, domain, evidence, true));
  }

  @Test
  void shouldSetTheBaselineSilentlyAndAlertOnARise() {
    var first = step(EscalationLadder.empty(), "a", DecisionStatus.NEW, CONFLICT,
        at(EscalationLevel.CLASHES, "Troops exchanged fire."));
    assertThat(first.alert()).isEmpty();
    assertThat(first.state().level()).isEqualTo(EscalationLevel.CLASHES);

    var rise = step(first.state(), "b", DecisionStatus.NEW, CONFLICT, at(EscalationLevel.CASUALTIES, "49 killed."));
    assertThat(rise.alert()).hasValue(new AlertDetails.Escalation("clashes", "casualties", "cue", "49 killed."));
  }

  @Test
  void shouldNotAlertWhenTheLevelStaysOrFalls() {
    var s = step(EscalationLadder.empty(), "a", DecisionStatus.NEW, CONFLICT, at(EscalationLevel.CASUALTIES, "x"))
        .state();
    assertThat(step(s, "b", DecisionStatus.NEW, CONFLICT, at(EscalationLevel.CASUALTIES, "y")).alert()).isEmpty();
    assertThat(step(s, "c", DecisionStatus.NEW, CONFLICT, at(EscalationLevel.TENSION, "z")).alert()).isEmpty();
  }

  @Test
  void shouldIgnoreDuplicates() {
    var s = step(EscalationLadder.empty(), "a", DecisionStatus.NEW, CONFLICT, at(EscalationLevel.TENSION, "x"))
        .state();
    var dup = step(s, "b", DecisionStatus.DUPLICATE, CONFLICT, at(EscalationLevel.WAR, "Martial law."));
    assertThat(dup.alert()).isEmpty();
    assertThat(dup.state().level()).isEqualTo(EscalationLevel.TENSION);
  }

  @Test
  void shouldDropAKilledItemsEvidenceSoTheLevelCanRiseAgain() {
    var s = step(EscalationLadder.empty(), "a", DecisionStatus.NEW, CONFLICT, at(EscalationLevel.TENSION, "x"))
        .state();
    s = step(s, "b", DecisionStatus.NEW, CONFLICT, at(EscalationLevel.CASUALTIES, "wrong toll")).state();
    var killed = step(s, "b", DecisionStatus.KILL, CONFLICT, List.of());
    assertThat(killed.state().level()).isEqualTo(EscalationLevel.TENSION);
    var again = step(killed.state(), "c", DecisionStatus.NEW, CONFLICT, at(EscalationLevel.CASUALTIES, "toll"));
    assertThat(again.alert()).hasValueSatisfying(a -> assertThat(a.fromLevel()).isEqualTo("tension"));
  }

  @Test
  void shouldNeverAlertForSportOrBusinessStories() {
    var s = step(EscalationLadder.empty(), "a", DecisionStatus.NEW, SPORT, at(EscalationLevel.TENSION, "x")).state();
    var war = step(s, "b", DecisionStatus.NEW, SPORT, at(EscalationLevel.WAR, "a war of words"));
    assertThat(war.alert()).isEmpty();
    assertThat(war.state().level()).isEqualTo(EscalationLevel.NONE);
  }

  @Test
  void shouldNotAlertOnceTheStoryIsAtTheTop() {
    var s = step(EscalationLadder.empty(), "a", DecisionStatus.NEW, CONFLICT, at(EscalationLevel.WAR, "x")).state();
    assertThat(step(s, "b", DecisionStatus.NEW, CONFLICT, at(EscalationLevel.WAR, "y")).alert()).isEmpty();
  }

  @Test
  void shouldIgnoreHeadlineEvidenceWhenTheHeadlineIsAnotherStorys() {
    var s = step(EscalationLadder.empty(), "a", DecisionStatus.NEW, CONFLICT, at(EscalationLevel.CLASHES, "x"))
        .state();
    var borrowed = EscalationLadder.apply(s, new EscalationLadder.Input("b", DecisionStatus.NEW, CONFLICT,
        List.of(new Evidence("Capital calm under state of emergency", "state of emergency", EscalationLevel.WAR,
            true)), false));
    assertThat(borrowed.alert()).isEmpty();
  }

  @Test
  void shouldSurviveAJsonRoundTrip() throws Exception {
    var s = step(EscalationLadder.empty(), "a", DecisionStatus.NEW, CONFLICT, at(EscalationLevel.CLASHES, "x"))
        .state();
    String json = Json.mapper().writeValueAsString(s);
    assertThat(Json.mapper().readValue(json, EscalationLadder.class)).isEqualTo(s);
  }

  @Test
  void shouldClassifyDomainsFromSubjectCodesBeforeText() {
    DomainClassifier classifier = EscalationDetector.withDefaults().classifier();
    var boxing = EscalationDetectorTest.item("Okafor and Varga in war of words", "Troops of fans clashed.");
    var coded = new io.wirewatch.model.WireItem(boxing.uri(), "1", boxing.versionCreated(), null, "AFP", "en",
        boxing.headline(), boxing.body(), null, null, null, null, 5, boxing.pubStatus(), List.of(), null,
        List.of(new Subject("medtop:15000000", "sport")), List.of(), "t", "text", null);
    assertThat(classifier.classify(coded)).isEqualTo(new DomainClassifier.Classification(StoryDomain.SPORT, true));

    var protest = EscalationDetectorTest.item("Police fire tear gas at protesters",
        "Riot police fired tear gas at protesters at the rally over fuel prices.");
    var politics = new io.wirewatch.model.WireItem(protest.uri(), "1", protest.versionCreated(), null, "AP", "en",
        protest.headline(), protest.body(), null, null, null, null, 3, protest.pubStatus(), List.of(), null,
        List.of(new Subject("medtop:11000000", "politics")), List.of(), "t", "text", null);
    assertThat(classifier.classify(politics).domain()).isEqualTo(StoryDomain.UNREST);
    assertThat(classifier.classify(EscalationDetectorTest.item("Cyclone makes landfall",
        "The cyclone hit the coast after 300,000 people were evacuated from the storm's path.")).domain())
        .isEqualTo(StoryDomain.DISASTER);
  }
}
