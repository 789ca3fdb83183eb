package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.WireItem;
import io.wirewatch.text.VersionMarkers.Meaning;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class VersionMarkersTest {

  private static WireItem item(String headline, String ednote) {
    return new WireItem("urn:test:1", "1", null, null, "Test", "en", headline, List.of("Body text."), null, null,
        null, null, null, null, List.of(), ednote, List.of(), List.of(), null, "text", null);
  }

  @Test
  void aCorrectionMarkerOfAnyLanguageLeadingAHeadlineMarksACorrection() {
    assertThat(VersionMarkers.isCorrection(item("CORRECTED-Storm closes the harbour", null))).isTrue();
    assertThat(VersionMarkers.isCorrection(item("KORREKTUR: Sturm schließt den Hafen", null))).isTrue();
    assertThat(VersionMarkers.isCorrection(item("Rectificatif - La tempête ferme le port", null))).isTrue();
    assertThat(VersionMarkers.isCorrection(item("Storm closes the harbour", null))).isFalse();
  }

  @Test
  void noteWordsCountOnlyAsWholeWords() {
    assertThat(VersionMarkers.isCorrection(item("Storm closes the harbour", "Eds: corrects the port's name")))
        .isTrue();
    assertThat(VersionMarkers.isCorrection(item("Storm closes the harbour", "Eds: moved to the correctional desk")))
        .isFalse();
    assertThat(VersionMarkers.noteSays("Eds: This story has been withdrawn.", Meaning.KILL)).isTrue();
    assertThat(VersionMarkers.noteSays("Eds: a skilled pilot", Meaning.KILL)).isFalse();
  }

  @Test
  void theLongerMarkerWinsAndAMarkerMustEndItsWord() {
    assertThat(VersionMarkers.leads("KILLED - Storm closes the harbour", Meaning.KILL)).isTrue();
    assertThat(VersionMarkers.leads("KILLINGS reported in the north", Meaning.KILL)).isFalse();
    assertThat(VersionMarkers.leads("Kill - lowercase prose is no marker", Meaning.KILL)).isFalse();
  }

  @Test
  void stackedPrefixesAreReadOneByOneAndStripped() {
    Matcher m = VersionMarkers.prefix("UPDATE 3-REFILE-Storm closes the harbour");
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("UPDATE");
    assertThat(m.group(2)).isEqualTo("3");
    assertThat(VersionMarkers.withoutPrefixes("CORRECTED-UPDATE 1-Storm closes the harbour"))
        .isEqualTo("Storm closes the harbour");
  }

  @Test
  void headerFlagLinesAreReadInAnyCase() {
    assertThat(VersionMarkers.markerAnyCase("Korrektur")).contains(Meaning.CORRECTION);
    assertThat(VersionMarkers.markerAnyCase("corrección")).contains(Meaning.CORRECTION);
    assertThat(VersionMarkers.markerAnyCase("EILT")).isEmpty();
  }
}
