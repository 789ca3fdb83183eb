package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.WireItem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class Anpa1312ParserTest {

  @Test
  void shouldReadHeaderBylineParagraphsAndEndLine() {
    WireItem item = Fixtures.accepted("anpa-1312/ap-first.txt", "anpa-1312");

    assertThat(item.uri()).isEqualTo("urn:anpa1312:ap:bc-eu-italy-dam");
    assertThat(item.agency()).isEqualTo("AP");
    assertThat(item.version()).isNull();
    assertThat(item.urgency()).isEqualTo(3);
    assertThat(item.slugline()).isEqualTo("BC-EU-Italy-Dam");
    assertThat(item.headline()).isEqualTo("Dam bursts in northern Italy");
    assertThat(item.byline()).isEqualTo("By MARIO BIANCHI, Associated Press");
    assertThat(item.versionCreated()).isEqualTo(Instant.parse("2023-04-02T07:45:00Z"));
    assertThat(item.dateline()).isEqualTo("MILAN (AP)");
    assertThat(item.body()).as("the ___ separator and the contributor line are sign-offs").containsExactly(
        "MILAN (AP) -- A dam burst in northern Italy on Sunday, officials said.",
        "Three villages were evacuated.");
  }

  @Test
  void shouldShareUriAcrossWritethruAndRecordItsSignals() {
    WireItem first = Fixtures.accepted("anpa-1312/ap-first.txt", "anpa-1312");
    WireItem writethru = Fixtures.accepted("anpa-1312/ap-writethru.txt", "anpa-1312");

    assertThat(writethru.uri()).isEqualTo(first.uri());
    assertThat(writethru.version()).isEqualTo("2ndLd-Writethru");
    assertThat(writethru.urgency()).isEqualTo(2);
    assertThat(writethru.ednote()).isEqualTo("Eds: CORRECTS name of village in 2nd paragraph.");
    assertThat(writethru.signals()).containsExactlyInAnyOrder("writethru:2", "sig:correction");
    assertThat(writethru.body()).containsExactly(
        "MILAN (AP) -- A dam burst in northern Italy on Sunday, killing three people, officials said.",
        "The villages of Sopra and Sotto were evacuated, and rescuers searched the river.");
  }

  @Test
  void shouldRejectTransmissionWithoutEndLineAsTruncated() {
    Fixtures.rejected(Fixtures.bytes("anpa-1312/ap-no-end.txt"), RejectReason.TRUNCATED_TRANSMISSION);
  }

  @Test
  void shouldRejectTransmissionCutBeforeEtxAsTruncated() {
    byte[] whole = Fixtures.bytes("anpa-1312/ap-first.txt");
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 40);

    Fixtures.rejected(cut, RejectReason.TRUNCATED_TRANSMISSION);
  }
}
