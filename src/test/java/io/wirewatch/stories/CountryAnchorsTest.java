package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

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
}
