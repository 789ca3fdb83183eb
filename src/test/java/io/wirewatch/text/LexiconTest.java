package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {

  @Test
  void wordListsAndTablesComeFromTheLanguagesResourceFiles() {
    Lexicon en = Lexicon.of("en");
    assertThat(en.words("abbreviations")).contains("gen", "sept")
        .allSatisfy(w -> assertThat(w).doesNotStartWith("#").isLowerCase());
    assertThat(en.table("qualifiers")).containsEntry("at least", "at_least");
    assertThat(en.rows("numbers")).contains(java.util.List.of("twelve", "12", "number"));
  }

  @Test
  void aLanguageOrFileWithoutDataIsEmpty() {
    assertThat(Lexicon.of("xx").words("abbreviations")).isEmpty();
    assertThat(Lexicon.of("en").table("no-such-file")).isEmpty();
    assertThat(Lexicon.of(null).rows("numbers")).isEmpty();
    assertThat(Lexicon.of("../en").rows("numbers")).isEmpty();
  }
}
