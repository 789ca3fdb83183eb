package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgenciesTest {

  @Test
  void shouldNormaliseHoldersToDisplayNames() {
    assertThat(Agencies.normalise("Thomson Reuters")).isEqualTo("Reuters");
    assertThat(Agencies.normalise("reuters.com")).isEqualTo("Reuters");
    assertThat(Agencies.normalise("The Associated Press")).isEqualTo("AP");
    assertThat(Agencies.normalise("ap.org")).isEqualTo("AP");
    assertThat(Agencies.normalise("Agence France-Presse")).isEqualTo("AFP");
    assertThat(Agencies.normalise("afp.com")).isEqualTo("AFP");
    assertThat(Agencies.normalise("dpa Deutsche Presse-Agentur GmbH")).isEqualTo("dpa");
    assertThat(Agencies.normalise(" NTB ")).isEqualTo("NTB");
    assertThat(Agencies.normalise("  ")).isNull();
  }

  @Test
  void shouldRecogniseAgenciesInTextAndUris() {
    assertThat(Agencies.recognise("By HASMIK GRIGORIAN, Associated Press")).isEqualTo("AP");
    assertThat(Agencies.recognise("RFERLs Kazakh Service")).isEqualTo("RFE/RL");
    assertThat(Agencies.recognise("Staff reporter")).isNull();
    assertThat(Agencies.fromUri("tag:reuters.com,2022:newsml_L8N30J2Q0")).isEqualTo("Reuters");
    assertThat(Agencies.fromUri("urn:publicid:ap.org:5b1c0f3e")).isEqualTo("AP");
    assertThat(Agencies.fromUri("urn:newsml:example.com:1")).isNull();
  }

  @Test
  void shouldReadTheHolderOfACopyrightNotice() {
    assertThat(Agencies.fromNotice("Copyright 2024 Example Wire Ltd, all rights reserved.")).isEqualTo("Example Wire Ltd");
    assertThat(Agencies.fromNotice("(c) 2024 dpa Deutsche Presse-Agentur GmbH")).isEqualTo("dpa");
    assertThat(Agencies.fromNotice("\u00A9 2024")).isNull();
  }

  @Test
  void shouldTakeAWebHostButNeverADocumentationDomain() {
    assertThat(Agencies.hostOf("http://www.example-wire.net/news/1")).isEqualTo("example-wire.net");
    assertThat(Agencies.hostOf("https://ninjs.example.com/items/1")).isNull();
    assertThat(Agencies.hostOf("urn:uuid:1234")).isNull();
  }

  @Test
  void shouldKnowAgencyCodesFromTheTableAndTheirCreditsInDatelines() {
    assertThat(Agencies.known("KYODO")).isEqualTo("Kyodo");
    assertThat(Agencies.known("ITAR-TASS")).isEqualTo("TASS");
    assertThat(Agencies.known("xyz")).isNull();
    assertThat(Agencies.recognise("Bolzano (ANSA) - Snow fell.")).isEqualTo("ANSA");
    assertThat(Agencies.recognise("Genève (ats afp) Le lac a gelé.")).isEqualTo("ATS");
    assertThat(Agencies.recognise("PERTH, May 3 AAP - Results from the meeting.")).isEqualTo("AAP");
    assertThat(Agencies.recognise("The pass was closed at 5 a.m.")).isNull();
  }
}
