package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void shouldSplitOnBlankLinesAndCollapseWhiteSpace() {
    assertThat(PlainText.paragraphs("  One\nline.\r\n \r\nTwo\u00A0 words.\n\n\n"))
        .containsExactly("One line.", "Two words.");
  }

  @Test
  void shouldTakeEachLineAsAParagraphWhenThereAreNoBlankLines() {
    assertThat(PlainText.paragraphs("Headline\nLead\nMore")).containsExactly("Headline", "Lead", "More");
  }
}
