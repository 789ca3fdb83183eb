package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.text.Countries;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Countries and nationalities read the same in every language: as ISO codes. */
class CountryAnchorsTest {
  @Test
  void shouldMapCountryNamesAndNationalitiesToOneCodeAcrossLanguages() {
    assertThat(CountryAnchors.in("An Australian climber was rescued in New Zealand.", "en"))
        .contains("AU", "NZ");
    assertThat(CountryAnchors.in("Ein australischer Bergsteiger wurde in Neuseeland gerettet.", "de"))
        .contains("AU", "NZ");
    assertThat(CountryAnchors.in("Un alpiniste australien a été secouru en Nouvelle-Zélande.", "fr"))
        .contains("AU", "NZ");
  }

  @Test
  void shouldReadATurkishCountryNameWithItsCaseEndingAndNotAnEnglishPossessiveAsOne() {
    assertThat(CountryAnchors.in("Yeni Zelanda'da kurtarılan dağcı, Avustralya’nın Yalıkent kentinden.", "tr"))
        .containsExactly("NZ", "AU");
    assertThat(CountryAnchors.in("Irak'ta ve İsrail'de", "tr")).containsExactly("IQ", "IL");
    assertThat(CountryAnchors.in("Australia's climbers", "en")).as("only where endings are listed").isEmpty();
  }

  @Test
  void shouldReadAnArabicCountryNameBehindItsGluedWordsWithItsLetterFormsWrittenAlike() {
    assertThat(CountryAnchors.in("وصل الوفد إلى مصر ثم بالعراق وللولايات المتحدة، والتقى في اسرائيل", "ar"))
        .containsExactly("EG", "IQ", "US", "IL");
    assertThat(CountryAnchors.in("نزل الوفد في عمان", "ar")).as("Oman and Amman alike without vowel signs")
        .isEmpty();
  }

  @Test
  void shouldFindNoCountryInTextThatNamesNone() {
    assertThat(CountryAnchors.in("The council approved a new bridge over the river.", "en")).isEmpty();
  }

  /** Every country name of more than one word is asked for at its first word, in every language we read. */
  @Test
  void everyLongerNameMayBeginAtItsFirstWord() {
    for (String lang : List.of("en", "fr", "de", "es", "it", "tr", "ar", "pl")) {
      Countries.names(lang).keySet().stream().filter(n -> n.indexOf(' ') > 0).forEach(name ->
          assertThat(Countries.mayBeginLongerName(name.substring(0, name.indexOf(' ')), lang))
              .as(lang + ": " + name).isTrue());
    }
    assertThat(Countries.mayBeginLongerName("New", "en")).isTrue();
    assertThat(Countries.mayBeginLongerName("Nouvelle-Zélande", "fr")).as("a hyphen joins words too").isTrue();
    assertThat(Countries.mayBeginLongerName("bridge", "en")).isFalse();
  }

  /** The words are the runs the pattern this reader once split by left between its separators. */
  @Property(tries = 400)
  void readsTheWordsThePatternSplitOff(@ForAll("pieces") List<String> pieces) {
    String text = String.join("", pieces);
    List<String> split = Arrays.stream(text.split("[^\\p{L}\\p{M}.'\u2019-]+")).filter(w -> !w.isEmpty())
        .toList();
    assertThat(CountryAnchors.words(text)).containsExactlyElementsOf(split);
  }

  @Provide
  Arbitrary<List<String>> pieces() {
    return Arbitraries.of("New", "Zealand", "U.S.", "d'Ivoire", "d’Ivoire", "Nouvelle-Zélande", "مصر", "İsrail'de",
        "K\u0301", "𝒜", " ", "  ", ", ", ". ", "-", "\u00A0", "\n", "3", "(", "’", "'", "").list().ofMaxSize(14);
  }
}
