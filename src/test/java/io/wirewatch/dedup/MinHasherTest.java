package io.wirewatch.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  private static final String TEXT = "Armenia said on Tuesday that 49 of its soldiers had been killed in overnight "
      + "clashes with Azerbaijan, the heaviest fighting between the two since their 2020 war over Nagorno-Karabakh. "
      + "Prime Minister Nikol Pashinyan told parliament that the attacks continued near Goris, Sotk and Jermuk.";
  private final MinHasher hasher = new MinHasher(128, 4);

  @Test
  void shouldNormaliseCaseAndPunctuationAndKeepNumbersWhole() {
    assertThat(TextNormalizer.words("Some 41,000 people -- FLED; 1.2 million (AFP)."))
        .containsExactly("some", "41000", "people", "fled", "1.2", "million", "afp");
  }

  @Test
  void shouldGiveIdenticalTextsTheSameSignatureAndSimilarityOne() {
    int[] a = hasher.signature(TextNormalizer.words(TEXT));
    int[] b = new MinHasher(128, 4).signature(TextNormalizer.words(TEXT.toUpperCase()));

    assertThat(a).hasSize(128).isEqualTo(b);
    assertThat(MinHasher.similarity(a, b)).isEqualTo(1.0);
  }

  @Test
  void shouldEstimateAHighSimilarityForATypoFixAndALowOneForAnotherText() {
    int[] original = hasher.signature(TextNormalizer.words(TEXT));
    int[] typo = hasher.signature(TextNormalizer.words(TEXT.replace("parliament", "parliment")));
    int[] other = hasher.signature(TextNormalizer.words("Cyclone Roshni made landfall near Gopalpur in Odisha on "
        + "Thursday with winds of up to 150 km per hour, forcing the evacuation of 350,000 people."));

    assertThat(MinHasher.similarity(original, typo)).isBetween(0.75, 0.99);
    assertThat(MinHasher.similarity(original, other)).isLessThan(0.1);
  }

  @Test
  void shouldTreatATextShorterThanAShingleAsOneShingle() {
    assertThat(hasher.signature(List.of("flash"))).doesNotContain(Integer.MAX_VALUE);
  }

  @Test
  void shouldRefuseASignatureOfNoHashes() {
    assertThatThrownBy(() -> new MinHasher(0, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
