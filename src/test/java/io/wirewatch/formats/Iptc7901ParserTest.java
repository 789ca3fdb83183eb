package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.WireItem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class Iptc7901ParserTest {

  @Test
  void shouldReadHeaderKeywordHeadlineParagraphsAndDateTimeGroup() {
    WireItem item = Fixtures.accepted("iptc-7901/dpa-first.txt", "iptc-7901");

    assertThat(item.uri()).isEqualTo("urn:iptc7901:dpa:italy/weather/flood");
    assertThat(item.agency()).isEqualTo("dpa");
    assertThat(item.urgency()).isEqualTo(3);
    assertThat(item.slugline()).isEqualTo("Italy/Weather/Flood");
    assertThat(item.headline()).isEqualTo("Floods hit northern Italy, thousands evacuated");
    assertThat(item.versionCreated()).isEqualTo(Instant.parse("2023-04-02T12:05:00Z"));
    assertThat(item.body()).containsExactly(
        "Milan (dpa) - Floods forced thousands of people from their homes in northern Italy on Sunday, officials said.",
        "Rivers burst their banks after days of rain.");
    assertThat(item.dateline()).isEqualTo("Milan (dpa)");
    assertThat(item.signals()).isEmpty();
  }

  @Test
  void shouldGiveCorrectionTheSameUriAndACorrectionSignal() {
    WireItem first = Fixtures.accepted("iptc-7901/dpa-first.txt", "iptc-7901");
    WireItem correction = Fixtures.accepted("iptc-7901/dpa-correction.txt", "iptc-7901");

    assertThat(correction.uri()).isEqualTo(first.uri());
    assertThat(correction.signals()).containsExactly("sig:correction");
    assertThat(correction.headline()).isEqualTo("Floods hit northern Italy, 3,000 evacuated");
    assertThat(correction.ednote()).isEqualTo("Correcting number of evacuated to 3,000");
    assertThat(correction.body()).hasSize(1);
    assertThat(correction.versionCreated()).isAfter(first.versionCreated());
  }

  @Test
  void shouldFallBackToIsoLatin1AndReadAfpDateTimeGroup() {
    WireItem item = Fixtures.accepted("iptc-7901/afp-latin1.txt", "iptc-7901");

    assertThat(item.uri()).isEqualTo("urn:iptc7901:afp:france-politics-strike");
    assertThat(item.agency()).isEqualTo("AFP");
    assertThat(item.headline()).isEqualTo("Gr\u00e8ve g\u00e9n\u00e9rale \u00e0 Paris");
    assertThat(item.versionCreated()).isEqualTo(Instant.parse("2023-04-03T10:15:00Z"));
    assertThat(item.body()).containsExactly("PARIS, 3 avr 2023 (AFP) - Une gr\u00e8ve g\u00e9n\u00e9rale a paralys\u00e9 Paris lundi.");
  }

  @Test
  void shouldRejectTransmissionWithoutEtxAsTruncated() {
    Fixtures.rejected(Fixtures.bytes("iptc-7901/dpa-no-etx.txt"), RejectReason.TRUNCATED_TRANSMISSION);
  }
}
