package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {
  private static final Duration WEEK = Duration.ofDays(7);
  private static final Instant MONDAY = Instant.parse("2024-01-01T00:00:00Z");

  private static DocumentFrequencies fresh() {
    return new DocumentFrequencies(WEEK, DocumentFrequencies.UNSET, Map.of(), 0);
  }

  private static void observe(DocumentFrequencies df, Instant at, int times, String... terms) {
    df.advanceTo(at);
    for (int i = 0; i < times; i++) {
      df.observe(Set.of(terms));
    }
  }

  @Test
  void shouldWeighAWordOfOneLanguageByHowCommonItIsInThatLanguage() {
    DocumentFrequencies df = fresh();
    observe(df, MONDAY, 95, "l:en", "w:said");
    observe(df, MONDAY, 4, "l:xx", "w:grammar");
    observe(df, MONDAY, 1, "l:xx", "w:grammar", "w:landslide");

    assertThat(df.idf("w:grammar")).isGreaterThan(2.5);
    assertThat(df.idfWithin("w:grammar", df.count("l:xx"))).isCloseTo(1.0, within(0.01));
    assertThat(df.idfWithin("w:landslide", df.count("l:xx"))).isGreaterThan(2.0);
    assertThat(df.idfWithin("w:said", 0)).isEqualTo(df.idf("w:said"));
    assertThat(df.idfWithin("w:said", 3)).as("fewer items in the language than with the word")
        .isEqualTo(df.idf("w:said"));
  }

  @Test
  void shouldCountAWordHoweverItsLettersAreMarkedButNotAWordOfAnotherScript() {
    DocumentFrequencies df = fresh();
    observe(df, MONDAY, 3, "w:año");
    observe(df, MONDAY, 1, "w:ano");
    observe(df, MONDAY, 2, "w:şube");
    observe(df, MONDAY, 4, "w:\u0431\u0430\u043d\u043a"); // "bank" in Cyrillic letters

    assertThat(df.wordCount("w:ano")).as("año and ano").isEqualTo(4);
    assertThat(df.wordCount("w:sube")).isEqualTo(2);
    assertThat(df.wordCount("w:bank")).as("another script is no spelling of a name").isZero();
    assertThat(df.count("w:ano")).as("the counts the weights read are unchanged").isEqualTo(1);

    DocumentFrequencies restored = new DocumentFrequencies(WEEK, df.period(), df.counts(), df.documents());
    assertThat(restored.wordCount("w:ano")).isEqualTo(4);
    df.advanceTo(MONDAY.plus(WEEK));
    assertThat(df.wordCount("w:ano")).as("halved with the counts it sums: 1 + 0").isEqualTo(1);
  }

  @Test
  void shouldKeepACommonTermsWeightThroughAHalving() {
    DocumentFrequencies df = fresh();
    observe(df, MONDAY, 40, "w:said");
    observe(df, MONDAY, 40, "w:said", "w:flood");
    double before = df.idf("w:flood");

    df.advanceTo(MONDAY.plus(Duration.ofDays(8)));

    assertThat(df.documents()).isEqualTo(40);
    assertThat(df.idf("w:flood")).isCloseTo(before, within(0.05));
  }

  @Test
  void shouldForgetATermSeenOnceLongAgoAndSayWhichTermsWentAway() {
    DocumentFrequencies df = fresh();
    observe(df, MONDAY, 1, "w:flood", "n:kavala");
    observe(df, MONDAY, 3, "w:flood");

    DocumentFrequencies.Decay decay = df.advanceTo(MONDAY.plus(Duration.ofDays(8)));

    assertThat(decay.halvings()).isEqualTo(1);
    assertThat(decay.dropped()).containsExactly("n:kavala");
    assertThat(df.counts()).containsOnlyKeys("w:flood");
    assertThat(df.idf("n:kavala")).isEqualTo(df.idf("n:unseen"));
  }

  @Test
  void shouldHalveOncePerHalfLifePassedAfterAGap() {
    DocumentFrequencies df = fresh();
    observe(df, MONDAY, 16, "w:flood");

    assertThat(df.advanceTo(MONDAY.plus(Duration.ofDays(22))).halvings()).isEqualTo(3);
    assertThat(df.count("w:flood")).isEqualTo(2);
    assertThat(df.advanceTo(MONDAY.plus(Duration.ofDays(23))).halvings()).isZero();
  }

  @Test
  void shouldNeverForgetWithoutAHalfLife() {
    DocumentFrequencies df = new DocumentFrequencies(Map.of("w:flood", 3L), 3);
    assertThat(df.advanceTo(MONDAY.plus(Duration.ofDays(3650))).halvings()).isZero();
    assertThat(df.documents()).isEqualTo(3);
  }
}
