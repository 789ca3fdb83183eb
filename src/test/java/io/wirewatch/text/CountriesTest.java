package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {

  @ParameterizedTest(name = "{1}: {0} -> {2}")
  @CsvSource({
      "Armenia,en,AM", "Armenian,en,AM", "Armenians,en,AM", "Azerbaijani,en,AZ", "U.S.,en,US",
      "United States,en,US", "Arménie,fr,AM", "arménien,fr,AM", "arméniennes,fr,AM", "États-Unis,fr,US",
      "Armenien,de,AM", "armenische,de,AM", "armenischen,de,AM", "Armenia,es,AM", "armenios,es,AM",
      "Alemania,es,DE", "Armenia,it,AM", "armeni,it,AM", "Germania,it,DE", "Kyrgyz,en,KG", "Tajik,en,TJ",
      "Ukrainians,en,UA", "Israeli,en,IL", "ukrainiennes,fr,UA", "israélien,fr,IL", "turque,fr,TR",
      "Russen,de,RU", "Ukrainerinnen,de,UA", "israelischen,de,IL", "ucranianos,es,UA", "francesas,es,FR",
      "israelíes,es,IL", "ucraini,it,UA", "francesi,it,FR", "US,en,US", "UK,en,GB", "EE.UU.,es,US"})
  void countryNamesAndNationalityWords(String word, String lang, String expected) {
    assertThat(Countries.iso(word, lang)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"New Zealand", "New  Zealand", "New\u00A0Zealand", "New \u202F\tZealand",
      " New\nZealand "})
  void anyRunOfSpacesBetweenTheWordsOfAName(String name) {
    assertThat(Countries.iso(name, "en")).isEqualTo("NZ");
    assertThat(Countries.key(name)).isEqualTo("new zealand");
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({"soldiers,en", "arménien,en", "Armenian,fr", "bridge,en", "'',en", "Armenia,xx", "us,en"})
  void otherWordsOrOtherLanguagesHaveNone(String word, String lang) {
    assertThat(Countries.iso(word, lang)).isNull();
  }
}
