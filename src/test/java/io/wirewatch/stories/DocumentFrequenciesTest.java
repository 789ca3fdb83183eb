package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {
  private static final Duration WEEK = Duration.ofDays(7);
  private static final Instant MONDAY = Instant.parse("2024-01-01T00:00:00Z");

  private static DocumentFrequencies fresh() {
    return new DocumentFrequencies(WEEK, DocumentFrequencies.UNSET, Map.of(), 0, Map.of(), 0);
  }

  private static void observe(DocumentFrequencies df, Instant at, String... terms) {
    df.advanceTo(at);
    df.observe(Set.of(terms));
  }

  @Test
  void shouldWeighATermByTheItemsOfThisGenerationAndTheOneBefore() {
    DocumentFrequencies df = fresh();
    observe(df, MONDAY, "w:flood", "n:kavala");
    observe(df, MONDAY.plus(Duration.ofDays(8)), "w:flood");

    assertThat(df.documents()).isEqualTo(2);
    assertThat(df.idf("w:flood")).isLessThan(df.idf("n:kavala"));
    assertThat(df.idf("n:kavala")).isLessThan(df.idf("n:unseen"));
  }

  @Test
  void shouldForgetAGenerationWholeWhenTwoHavePassedAndSayWhatItForgot() {
    DocumentFrequencies df = fresh();
    observe(df, MONDAY, "w:flood", "n:kavala");
    observe(df, MONDAY.plus(Duration.ofDays(8)), "w:flood");

    DocumentFrequencies.Forgotten gone = df.advanceTo(MONDAY.plus(Duration.ofDays(15)));

    assertThat(gone.terms().values()).containsExactly(Set.of("w:flood", "n:kavala"));
    assertThat(df.documents()).isEqualTo(1);
    assertThat(df.idf("n:kavala")).isEqualTo(df.idf("n:unseen"));
  }

  @Test
  void shouldForgetBothGenerationsAfterAGapLongerThanTwoSpans() {
    DocumentFrequencies df = fresh();
    observe(df, MONDAY, "w:flood");
    observe(df, MONDAY.plus(Duration.ofDays(8)), "w:storm");

    DocumentFrequencies.Forgotten gone = df.advanceTo(MONDAY.plus(Duration.ofDays(60)));

    assertThat(gone.terms().values()).containsExactlyInAnyOrder(Set.of("w:flood"), Set.of("w:storm"));
    assertThat(df.documents()).isZero();
  }

  @Test
  void shouldNeverForgetWithoutASpan() {
    DocumentFrequencies df = new DocumentFrequencies(Map.of("w:flood", 3L), 3);
    assertThat(df.advanceTo(MONDAY.plus(Duration.ofDays(3650))).isEmpty()).isTrue();
    assertThat(df.documents()).isEqualTo(3);
  }
}
