package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineSignalsTest {

  @Test
  void shouldReadStackedReutersPrefixes() {
    assertThat(HeadlineSignals.fromHeadline("RPT-UPDATE 1-Armenia says 49 soldiers killed")).containsExactly("rpt", "update:1");
    assertThat(HeadlineSignals.fromHeadline("REFILE-UPDATE 2-Something")).containsExactly("refile", "update:2");
    assertThat(HeadlineSignals.fromHeadline("CORRECTED-Cyclone slams into coast")).containsExactly("sig:correction");
    assertThat(HeadlineSignals.fromHeadline("KILL-Cyclone makes landfall")).containsExactly("kill");
  }

  @Test
  void shouldIgnoreHeadlinesWithoutPrefixes() {
    assertThat(HeadlineSignals.fromHeadline("Update on talks: Armenia-Azerbaijan")).isEmpty();
    assertThat(HeadlineSignals.fromHeadline("Boxing-Okafor vows to 'bury' Varga")).isEmpty();
  }

  @Test
  void shouldReadCorrectionsKillsAndWritethrusFromEditorsNotes() {
    assertThat(HeadlineSignals.fromEdnote("Eds: CORRECTS age of second victim")).containsExactly("sig:correction");
    assertThat(HeadlineSignals.fromEdnote("KILL - STORY SENT IN ERROR")).containsExactly("kill");
    assertThat(HeadlineSignals.fromEdnote("Story withdrawn")).containsExactly("kill");
    assertThat(HeadlineSignals.fromEdnote("Eds: UPDATES with 105 troops killed")).isEmpty();
    assertThat(HeadlineSignals.fromVersionMarker("1stLd-Writethru")).containsExactly("writethru:1");
    assertThat(HeadlineSignals.fromVersionMarker("BC-EU-Armenia, 2nd Ld-Writethru")).containsExactly("writethru:2");
    assertThat(HeadlineSignals.fromVersionMarker("3rdLd")).containsExactly("lead:3");
  }

  @Test
  void shouldRecordLeadMarkersThatOpenAHeadline() {
    assertThat(HeadlineSignals.fromHeadline("1ST LEAD: Rail strike halts trains")).containsExactly("lead:1");
    assertThat(HeadlineSignals.fromHeadline("2ND LD-WRITETHRU Storm hits coast")).containsExactly("lead:2", "writethru:2");
    assertThat(HeadlineSignals.fromHeadline("Lead poisoning fears in town")).isEmpty();
  }
}
