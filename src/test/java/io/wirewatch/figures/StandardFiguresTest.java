package io.wirewatch.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard profile's item-level reading (every language by FigureReader), with items of our own. */
class StandardFiguresTest {
  private final FigureExtractor extractor = new FigureExtractor();

  private List<String> read(String headline, String... paragraphs) {
    return extractor.extract(FigureExtractorTest.item(headline, paragraphs)).stream()
        .map(FigureExtractorTest::describe).toList();
  }

  @Test
  void keepsTheNumberAsWrittenWithNoShooterAdded() {
    assertThat(read("Gunman kills four", "A gunman killed four people at a bar before killing himself."))
        .containsExactly("killed people 4 exact");
  }

  @Test
  void readsALaterSentenceOfTheSameKeyAsARestatementUnlessTheCountGrows() {
    assertThat(read("Raid", "Eight rebels were killed in two raids on Monday.",
        "Seven rebels were killed in the first raid, near the river."))
        .containsExactly("killed people 8 exact");
    assertThat(read("Mine", "Four miners were killed in the blast.",
        "The death toll later rose to 11, officials said."))
        .containsExactly("killed people 11 exact");
  }

  @Test
  void keepsAnEarlierValueTheTextGivesAsThePrevious() {
    List<Figure> figures = extractor.extract(FigureExtractorTest.item("Toll lowered",
        "Three people were killed in the derailment, police said, correcting an earlier death toll of four."));
    assertThat(figures).extracting(FigureExtractorTest::describe).containsExactly("killed people 3 exact prev=4");
    assertThat(figures.get(0).revised()).isTrue();
  }

  @Test
  void givesTroopsWithNoSideTheDatelinesSide() {
    assertThat(read("Troops sent", "The government said 800 soldiers had been sent to the prison."))
        .containsExactly("troops ecuador:troops 800 exact");
  }
}
