package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextLayerTest {
  private final TextLayer layer = TextLayer.get();

  private List<String> split(String text, String lang) {
    return layer.sentences(text, lang).stream().map(Sentence::text).toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | Gen. Ortiz left on Sept. 4 with Mr. Lane. The U.S. team stayed behind.  | Gen. Ortiz left on Sept. 4 with Mr. Lane.~The U.S. team stayed behind.
      en | John F. Kennedy Airport reopened. Flights resumed at noon.              | John F. Kennedy Airport reopened.~Flights resumed at noon.
      en | Was it late? "Yes," she said. It was!                                  | Was it late?~"Yes," she said.~It was!
      fr | M. Durand est arrivé. Mme Roux est partie.                              | M. Durand est arrivé.~Mme Roux est partie.
      de | Am 3. Mai kam Nr. 7 an. Dann regnete es.                                | Am 3. Mai kam Nr. 7 an.~Dann regnete es.
      de | Er wurde 1990 Zweiter. Dann nicht mehr.                                 | Er wurde 1990 Zweiter.~Dann nicht mehr.
      es | El Sr. Gómez llegó. La Sra. Ruiz se fue.                                | El Sr. Gómez llegó.~La Sra. Ruiz se fue.
      it | Il dott. Bianchi è arrivato. Poi è piovuto.                             | Il dott. Bianchi è arrivato.~Poi è piovuto.
      """)
  void sentencesEndAtFinalMarksButNotAfterAbbreviations(String lang, String text, String expected) {
    assertThat(split(text, lang)).containsExactly(expected.split("~"));
  }

  @Test
  void sentenceOffsetsAreIntoTheGivenText() {
    String text = "Rain fell.  Roads flooded.\n\nSchools closed";
    for (Sentence s : layer.sentences(text, "en")) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      for (Token t : s.tokens()) {
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      }
    }
    assertThat(split(text, "en")).containsExactly("Rain fell.", "Roads flooded.", "Schools closed");
  }

  @Test
  void aLineBreakEndsASentenceUnlessTheNextLineContinuesIt() {
    assertThat(split("Storm hits coast\nThe wind blew all night and\nmost roads closed.", "en"))
        .containsExactly("Storm hits coast", "The wind blew all night and\nmost roads closed.");
  }

  @Test
  void aRunOnBodyIsCutIntoSentencesOfAtMostAThousandCharacters() {
    String text = "word ".repeat(5_000);
    List<Sentence> sentences = layer.sentences(text, "en");
    assertThat(sentences).hasSizeGreaterThan(20);
    assertThat(sentences).allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(TextLayer.MAX_SENTENCE));
    assertThat(sentences.stream().mapToInt(s -> s.tokens().size()).sum()).isEqualTo(5_000);
    assertThat(layer.sentence(text, "en").text().length()).isLessThanOrEqualTo(TextLayer.MAX_SENTENCE);
  }

  @Test
  void aHeadlineIsReadAsOneSentence() {
    Sentence s = layer.sentence("Storm kills 3. Coast braces", "en");
    assertThat(s.text()).isEqualTo("Storm kills 3. Coast braces");
    assertThat(s.numbers()).extracting(NumberPhrase::value).containsExactly(3L);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | The mayor's aides didn't stay in the U.S. long.  | The~mayor~'s~aides~did~n't~stay~in~the~U.S.~long~.
      fr | L'armée d'occupation s'est retirée aujourd'hui.  | L'~armée~d'~occupation~s'~est~retirée~aujourd'hui~.
      it | L'esercito dell'isola è arrivato.               | L'~esercito~dell'~isola~è~arrivato~.
      en | A 25-year-old won 3-1 at 21:00 on the 8th.       | A~25~-~year-old~won~3~-~1~at~21:00~on~the~8th~.
      """)
  void tokens(String lang, String text, String expected) {
    assertThat(layer.sentence(text, lang).tokens()).extracting(Token::text).containsExactly(expected.split("~"));
  }

  @Test
  void tokenKeysShareInflectionsOfAWord() {
    assertThat(key("killed", "en")).isEqualTo(key("kills", "en"));
    assertThat(key("children", "en")).isEqualTo(key("child", "en"));
    assertThat(key("tuées", "fr")).isEqualTo(key("tués", "fr"));
    assertThat(key("Soldaten", "de")).isEqualTo(key("Soldat", "de"));
    assertThat(key("heridos", "es")).isEqualTo(key("herido", "es"));
    assertThat(layer.sentence("Killed", "en").tokens().getFirst().lower()).isEqualTo("killed");
  }

  private String key(String word, String lang) {
    return layer.sentence(word, lang).tokens().getFirst().key();
  }

  @Test
  void tagsAreUniversalPartsOfSpeechWhereAModelExists() {
    Sentence en = layer.sentence("Floods killed 12 people in the valley", "en");
    assertThat(en.tags()).hasSize(en.tokens().size());
    assertThat(en.tags().get(2)).isEqualTo("NUM");
    assertThat(en.tags().get(1)).isEqualTo("VERB");
    Sentence fr = layer.sentence("Les crues ont tué 12 personnes", "fr");
    assertThat(fr.tags().get(4)).isEqualTo("NUM");
    Sentence es = layer.sentence("Las riadas mataron a 12 personas", "es");
    assertThat(es.tags()).hasSize(es.tokens().size()).containsOnly("X");
  }

  @Test
  void supportedLanguagesAreThoseWithResourceFiles() {
    assertThat(layer.supports("en")).isTrue();
    assertThat(layer.supports("fr-FR")).isTrue();
    assertThat(layer.supports("it")).isTrue();
    assertThat(layer.supports("ja")).isFalse();
    assertThat(layer.supports(null)).isFalse();
    assertThat(split("Plain text. Still split.", "ja")).containsExactly("Plain text.", "Still split.");
  }
}
