package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {

  @ParameterizedTest(name = "{1}: {0} -> {2}")
  @CsvSource({
      "Armenia,en,AM", "Armenian,en,AM", "Armenians,en,AM", "Azerbaijani,en,AZ", "U.S.,en,US",
      "United States,en,US", "Arménie,fr,AM", "arménien,fr,AM", "arméniennes,fr,AM", "États-Unis,fr,US",
      "Armenien,de,AM", "armenische,de,AM", "armenischen,de,AM", "Armenia,es,AM", "armenios,es,AM",
      "Alemania,es,DE", "Armenia,it,AM", "armeni,it,AM", "Germania,it,DE"})
  void countryNamesAndNationalityWords(String word, String lang, String expected) {
    assertThat(Countries.iso(word, lang)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({"soldiers,en", "arménien,en", "Armenian,fr", "bridge,en", "'',en", "Armenia,xx"})
  void otherWordsOrOtherLanguagesHaveNone(String word, String lang) {
    assertThat(Countries.iso(word, lang)).isNull();
  }
}
