package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"en-US,en", "EN,en", "fr_FR,fr", "de-CH,de", "spa,es", "fre,fr", "deu,de", "ita,it",
      "French,fr", "iw,he", "' es ',es"})
  void declaredMetadataIsNormalised(String declared, String expected) {
    assertThat(LanguageId.of(declared, "This text is in English and long enough to be detected, surely.")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | The council met on Tuesday evening and agreed to repair the old bridge before the winter rains arrive in the valley.
      fr | Le conseil s'est réuni mardi soir et a décidé de réparer le vieux pont avant l'arrivée des pluies d'hiver dans la vallée.
      de | Der Rat trat am Dienstagabend zusammen und beschloss, die alte Brücke vor dem Winterregen im Tal zu reparieren.
      es | El consejo se reunió el martes por la noche y acordó reparar el viejo puente antes de que lleguen las lluvias de invierno.
      it | Il consiglio si è riunito martedì sera e ha deciso di riparare il vecchio ponte prima dell'arrivo delle piogge invernali.
      """)
  void withoutMetadataTheTextIsDetected(String expected, String text) {
    assertThat(LanguageId.of(null, text)).isEqualTo(expected);
    assertThat(LanguageId.of("und", text)).isEqualTo(expected);
    assertThat(LanguageId.of("", text)).isEqualTo(expected);
  }

  @Test
  void shortOrEmptyTextIsUndetermined() {
    assertThat(LanguageId.of(null, "Bridge shut")).isEqualTo("und");
    assertThat(LanguageId.of(null, null)).isEqualTo("und");
    assertThat(LanguageId.of(null, "12 345 678 -- !!")).isEqualTo("und");
  }
}
