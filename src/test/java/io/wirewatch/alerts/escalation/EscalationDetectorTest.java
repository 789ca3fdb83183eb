package io.wirewatch.alerts.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EscalationDetectorTest {
  private static final EscalationDetector DETECTOR = EscalationDetector.withDefaults();

  private static Optional<Evidence> detect(String sentence) {
    return DETECTOR.detectSentence(sentence, "en", 2022);
  }

  @ParameterizedTest(name = "{1} <- {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Armenia accused Azerbaijan of massing troops on the border                        | tension
      Police warned they would not tolerate unrest at the rally                          | tension
      Azerbaijani forces opened intensive fire on Armenian positions                     | clashes
      The two sides exchanged fire overnight near the border                             | clashes
      Riot police fired tear gas and water cannon at protesters                          | clashes
      Drone attacks hit the town of Jermuk overnight                                     | clashes
      Georgian pilgrims scuffled with border guards                                      | clashes
      Forty-nine soldiers were killed in overnight fighting                              | casualties
      Six civilians were wounded by shelling in the village                              | casualties
      One protester was killed as police clashed with demonstrators                      | casualties
      Parliament declared a state of emergency in the capital                           | war
      The president ordered a general mobilisation                                       | war
      Martial law was imposed across the region                                          | war
      Russia launched an invasion of the country                                         | war
      """)
  void shouldFireOnActsAtTheirLevel(String sentence, String level) {
    assertThat(detect(sentence)).as(sentence).hasValueSatisfying(e -> assertThat(e.level().id()).isEqualTo(level));
  }

  @ParameterizedTest(name = "silent: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      The two heavyweights will clash at the O2 Arena in October                   | sport metaphor in a sports sentence
      Kaufgut shelled out 400 million euros on price cuts                          | business metaphor 'shelled out'
      The price war killed our margins, the chief executive said                   | business context
      The trade war escalates as tariffs rise again                                | 'trade war' is a metaphor
      The price war ceasefire is holding, analysts said                            | 'price war' and business talk
      The company killed off its loss-making brand                                 | 'killed off' is a metaphor
      The battle for the title goes to the last day of the season                  | sport metaphor
      There was no shelling overnight, the ministry said                           | negation
      Azerbaijan denied opening fire on Armenian positions                         | denial
      The 2020 war killed 6,500 people                                             | historical year
      Fighting in the 1990s killed some 30,000 people                              | historical decade
      The two countries fought a war two years ago                                 | historical phrase
      Separately, unrelated clashes on the Kyrgyz border killed two                | cross-reference
      "We will shell their positions if they cross the line," the commander said  | quoted threat
      The flare-up raised fears of a new war                                       | 'war' alone is no cue; fear
      Mongolia lifted the state of emergency on Friday                             | lifting is de-escalation
      A woman was killed when a wall collapsed during the cyclone                  | casualty without violence
      Four people were killed when the train derailed                              | casualty without violence
      The ministry did not give details of any casualties                          | negated casualty
      """)
  void shouldNotFireOnMetaphorsNegationsBackgroundCrossReferencesAndThreats(String sentence, String reason) {
    assertThat(detect(sentence)).as(reason).isEmpty();
  }

  @Test
  void shouldTakeTheWorstSinceComparisonAsNewsNotBackground() {
    assertThat(detect("49 soldiers were killed in the deadliest clashes since their 2020 war"))
        .hasValueSatisfying(e -> assertThat(e.level()).isEqualTo(EscalationLevel.CASUALTIES));
  }

  @Test
  void shouldCarryBackgroundThroughItsParagraphUntilASentenceSpeaksOfNow() {
    WireItem item = item("Armenia and Azerbaijan trade blame",
        "Azerbaijani forces opened fire with artillery on Tuesday.",
        "The two fought a war in 2020. More than 6,600 people died in the fighting.");
    List<Evidence> evidence = DETECTOR.detect(item);
    assertThat(EscalationDetector.levelOf(evidence)).isEqualTo(EscalationLevel.CLASHES);
    assertThat(evidence).noneMatch(e -> e.sentence().contains("6,600"));
  }

  @Test
  void shouldMarkHeadlineEvidenceAndDropTheAgencyDateline() {
    List<Evidence> evidence = DETECTOR.detect(item("Police fire tear gas at protesters",
        "ULAANBAATAR, Sept 14 (Reuters) - Riot police clashed with protesters on Wednesday."));
    assertThat(evidence).hasSize(2);
    assertThat(evidence.get(0).fromHeadline()).isTrue();
    assertThat(evidence.get(1).sentence()).startsWith("Riot police clashed");
  }

  @Test
  void shouldReadNothingInALanguageWithoutCueData() {
    WireItem item = new WireItem("urn:x", "1", Instant.parse("2022-09-14T00:00:00Z"), null, "AFP", "xx-YY",
        "Clashes erupt", List.of("Troops opened fire."), null, null, null, null, 3, PubStatus.USABLE, List.of(),
        null, List.of(), List.of(), "t", "text", null);
    assertThat(DETECTOR.detect(item)).isEmpty();
  }

  @Test
  void shouldReadAThreatOfAnActAsTensionAtMost() {
    assertThat(detect("The general vowed to invade the neighbouring country"))
        .hasValueSatisfying(e -> assertThat(e.level()).isEqualTo(EscalationLevel.TENSION));
  }

  static WireItem item(String headline, String... body) {
    return new WireItem("urn:test:" + headline.hashCode(), "1", Instant.parse("2022-09-14T10:00:00Z"), null,
        "Reuters", "en", headline, List.of(body), null, null, null, null, 3, PubStatus.USABLE, List.of(), null,
        List.of(), List.of(), "test", "text", null);
  }
}
