package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Italian has no line of Java of its own: everything the layer knows of it comes from lang/it/. These cases
 * show that adding a language means adding files.
 */
class ItalianFromDataTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Almeno duecento barche sono affondate.          | 200 at_least [Almeno duecento]
      Più di 20.000 tifosi hanno aspettato.           | 20000 more_than [Più di 20.000]
      Circa milleduecento posti sono stati venduti.   | 1200 about [Circa milleduecento]
      Ventitré studenti hanno superato l'esame.       | 23 exact [Ventitré]
      Trentadue case sono state danneggiate.          | 32 exact [Trentadue]
      Tra 10 e 12 barche sono affondate.              | 10-12 exact [Tra 10 e 12]
      Quasi 2,5 milioni di elettori hanno votato.     | 2500000 nearly [Quasi 2,5 milioni]
      Una ventina di negozi hanno chiuso.             | 20 about [Una ventina]
      Centinaia di barche sono state danneggiate.     | vague [Centinaia]
      Il ponte è stato aperto nel 1990.               | ``
      """)
  void numberPhrasesFromItalianFiles(String text, String expected) {
    assertThat(NumberPhraseTest.read("it", text)).isEqualTo(expected == null ? "" : expected);
  }
}
