package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Number phrases per class of construction and language. Each row: language | text | the phrases read, as
 * "value qualifier [text]" (ranges "low-high", vague ones "vague [text]"), joined by "; ".
 */
class NumberPhraseTest {

  static String read(String lang, String text) {
    return TextLayer.get().sentences(text, lang).stream()
        .flatMap(s -> s.numbers().stream().map(p -> describe(p, text)))
        .reduce((a, b) -> a + "; " + b).orElse("");
  }

  static String describe(NumberPhrase p, String text) {
    String surface = "[" + text.substring(p.start(), p.end()) + "]";
    if (p.vague()) {
      return "vague " + surface;
    }
    return (p.upper() == null ? "" + p.value() : p.value() + "-" + p.upper()) + " " + p.qualifier() + " " + surface;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      en | The flood displaced 20,000 families.           | 20000 exact [20,000]
      en | Officials counted 1.2 million voters.           | 1200000 exact [1.2 million]
      en | Some 3,450,000 tickets went unsold.             | 3450000 about [Some 3,450,000]
      fr | La crue a chassé 20 000 familles.               | 20000 exact [20 000]
      fr | La crue a chassé 20\u00A0000 familles.          | 20000 exact [20\u00A0000]
      fr | La crue a chassé 20\u202F000 familles.          | 20000 exact [20\u202F000]
      fr | On compte 1,2 million d'électeurs.              | 1200000 exact [1,2 million]
      fr | On compte 1,2 millions d'électeurs.             | 1200000 exact [1,2 millions]
      de | Die Flut vertrieb 20.000 Familien.              | 20000 exact [20.000]
      de | Gezählt wurden 2,5 Millionen Wähler.            | 2500000 exact [2,5 Millionen]
      es | La riada desplazó a 20.000 familias.            | 20000 exact [20.000]
      es | Se contaron 1,5 millones de votantes.           | 1500000 exact [1,5 millones]
      """)
  void digitsWithTheLanguagesSeparators(String lang, String text, String expected) {
    assertThat(read(lang, unescape(text))).isEqualTo(unescape(expected));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      en | Nine lorries crossed the bridge.               | 9 exact [Nine]
      en | A dozen boats left the harbour.                | 12 exact [A dozen]
      en | Twenty-three pupils passed the test.           | 23 exact [Twenty-three]
      en | Two hundred and five runners finished.         | 205 exact [Two hundred and five]
      en | Three thousand four hundred seats were sold.  | 3400 exact [Three thousand four hundred]
      fr | Vingt-trois élèves ont réussi.                 | 23 exact [Vingt-trois]
      fr | Quatre-vingt-dix coureurs sont arrivés.        | 90 exact [Quatre-vingt-dix]
      fr | Soixante et onze bateaux ont quitté le port.   | 71 exact [Soixante et onze]
      fr | Deux mille trois cents places ont été vendues. | 2300 exact [Deux mille trois cents]
      de | Zwölf Boote verließen den Hafen.               | 12 exact [Zwölf]
      de | Dreiundzwanzig Schüler bestanden.              | 23 exact [Dreiundzwanzig]
      de | Zweihunderteinundvierzig Läufer kamen an.      | 241 exact [Zweihunderteinundvierzig]
      es | Mil doscientos corredores llegaron.            | 1200 exact [Mil doscientos]
      es | Veintitrés alumnos aprobaron.                  | 23 exact [Veintitrés]
      es | Treinta y dos barcos zarparon.                 | 32 exact [Treinta y dos]
      """)
  void numberWords(String lang, String text, String expected) {
    assertThat(read(lang, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      en | Between 10 and 12 boats sank.                  | 10-12 exact [Between 10 and 12]
      en | The storm damaged 10 to 12 roofs.              | 10-12 exact [10 to 12]
      en | The storm damaged 10-12 roofs.                 | 10-12 exact [10-12]
      en | Two or three shops closed.                     | 2-3 exact [Two or three]
      en | Prices rose from 10 to 12 dollars.             | 10 exact [10]; 12 exact [12]
      en | Between 2 and 3 million fans watched.          | 2000000-3000000 exact [Between 2 and 3 million]
      fr | Entre 10 et 12 bateaux ont coulé.              | 10-12 exact [Entre 10 et 12]
      de | Zwischen 10 und 12 Boote sanken.               | 10-12 exact [Zwischen 10 und 12]
      de | Es sanken 10 bis 12 Boote.                     | 10-12 exact [10 bis 12]
      es | Entre 10 y 12 barcos se hundieron.             | 10-12 exact [Entre 10 y 12]
      """)
  void ranges(String lang, String text, String expected) {
    assertThat(read(lang, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      en | At least 40 cars were towed.                   | 40 at_least [At least 40]
      en | More than 40 cars were towed.                  | 40 more_than [More than 40]
      en | Over 40 cars were towed.                       | 40 more_than [Over 40]
      en | About 40 cars were towed.                      | 40 about [About 40]
      en | Nearly 40 cars were towed.                     | 40 nearly [Nearly 40]
      en | Almost forty cars were towed.                  | 40 nearly [Almost forty]
      en | Up to 40 cars were towed.                      | 40 up_to [Up to 40]
      en | Fewer than 40 cars were towed.                 | 40 less_than [Fewer than 40]
      en | They towed 40 or more cars.                    | 40 at_least [40 or more]
      fr | Au moins 40 voitures ont été remorquées.       | 40 at_least [Au moins 40]
      fr | Plus de 40 voitures ont été remorquées.        | 40 more_than [Plus de 40]
      fr | Environ 40 voitures ont été remorquées.        | 40 about [Environ 40]
      fr | Près de 40 voitures ont été remorquées.        | 40 nearly [Près de 40]
      fr | Une vingtaine de voitures ont été remorquées.  | 20 about [Une vingtaine]
      fr | On a remorqué plus d'une vingtaine de voitures. | 20 more_than [plus d'une vingtaine]
      de | Mindestens 40 Autos wurden abgeschleppt.       | 40 at_least [Mindestens 40]
      de | Mehr als 40 Autos wurden abgeschleppt.         | 40 more_than [Mehr als 40]
      de | Rund 40 Autos wurden abgeschleppt.             | 40 about [Rund 40]
      de | Etwa 40 Autos wurden abgeschleppt.             | 40 about [Etwa 40]
      de | Fast 40 Autos wurden abgeschleppt.             | 40 nearly [Fast 40]
      es | Al menos 40 coches fueron retirados.           | 40 at_least [Al menos 40]
      es | Más de 40 coches fueron retirados.             | 40 more_than [Más de 40]
      es | Unos 40 coches fueron retirados.               | 40 about [Unos 40]
      es | Casi 40 coches fueron retirados.               | 40 nearly [Casi 40]
      """)
  void qualifiers(String lang, String text, String expected) {
    assertThat(read(lang, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      en | Dozens of boats were damaged.                  | vague [Dozens]
      en | Hundreds of thousands lined the road.          | vague [Hundreds of thousands]
      fr | Des centaines de bateaux ont été abîmés.       | vague [centaines]
      fr | Des dizaines de milliers de fans attendaient.  | vague [dizaines de milliers]
      de | Dutzende Boote wurden beschädigt.              | vague [Dutzende]
      es | Decenas de barcos resultaron dañados.          | vague [Decenas]
      """)
  void vagueWordsAreNeverAValue(String lang, String text, String expected) {
    assertThat(read(lang, text)).isEqualTo(expected);
    assertThat(TextLayer.get().sentences(text, lang).getFirst().numbers()).allSatisfy(p -> {
      assertThat(p.vague()).isTrue();
      assertThat(p.value()).isZero();
    });
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      en | The bridge opened in 1990 and closed at 21:00. | ``
      en | The market opens at 9 a.m. on March 3, 2021.   | ``
      en | She finished 8th and he came 21st.             | ``
      fr | Le pont a ouvert en 1990, il ferme à 21 h.     | ``
      fr | Il est arrivé 1er le 3 mars 2021.              | ``
      de | Die Brücke wurde am 3. Mai 2021 um 15 Uhr eröffnet. | ``
      de | Er wurde seit 1990 jedes Jahr 2. im Rennen.    | ``
      es | El puente abrió en 1990 y cierra a las 21:00.  | ``
      es | Llegó en 1.º lugar y ella en tercer lugar.     | ``
      """)
  void yearsTimesAndOrdinalsAreNotCounts(String lang, String text, String expected) {
    assertThat(read(lang, text)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      en | The 2,019 seats were sold in 2019.             | 2019 exact [2,019]
      en | A 25-year-old driver was fined.                | 25 exact [25]
      """)
  void countsNextToYearsAndAgesKeepTheirOffsets(String lang, String text, String expected) {
    assertThat(read(lang, text)).isEqualTo(expected);
  }

  private static String unescape(String s) {
    return s.replace("\\u00A0", "\u00A0").replace("\\u202F", "\u202F");
  }

  static List<NumberPhrase> phrases(String lang, String text) {
    return TextLayer.get().sentence(text, lang).numbers();
  }
}
