package io.wirewatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The deciding task reads back every part of a signed item, whichever layout wrote it. */
class SignedItemSerdeTest {
  private final SignedItemSerde serde = new SignedItemSerde();

  private static SignedItem signed(ContentSignature content) {
    WireItem item = new WireItem("urn:example:ferry-1", "2", Instant.parse("2026-11-25T10:00:00Z"), null, "AP", "en",
        "Ferry runs aground off Lakeport", List.of("A ferry with 120 people on board ran aground off Lakeport.",
            "Jane Roe, the harbour master, said nobody was hurt."), null, "LAKEPORT", null, null, 3, PubStatus.USABLE,
        List.of(), null, List.of(), List.of(), "ap-1.json", "ninjs-2", Instant.parse("2026-11-25T10:00:05Z"));
    return new SignedItem(item, content, Map.of("n:jane roe", 0.8f, "w:ferry", 0.31f, "p:lakeport", 0.5f,
        "d:120", 0.2f, "w:\u00e9chou\u00e9", 0.1f));
  }

  private SignedItem roundTrip(SignedItem s) {
    return serde.deserializer().deserialize("wire.signatures", serde.serializer().serialize("wire.signatures", s));
  }

  @Test
  void shouldReadBackTheItemItsFingerprintAndEveryTermWeight() {
    SignedItem s = signed(new ContentSignature("abc123", new int[] {7, -3, Integer.MAX_VALUE}, List.of("120"), 19));

    SignedItem back = roundTrip(s);

    assertThat(back.item()).isEqualTo(s.item());
    assertThat(back.terms()).isEqualTo(s.terms());
    assertThat(back.content().exactHash()).isEqualTo("abc123");
    assertThat(back.content().minHash()).containsExactly(7, -3, Integer.MAX_VALUE);
    assertThat(back.content().numbers()).containsExactly("120");
    assertThat(back.content().words()).isEqualTo(19);
  }

  @Test
  void shouldReadBackAnItemWithoutAFingerprintOrMinHash() {
    assertThat(roundTrip(signed(null)).content()).isNull();
    assertThat(roundTrip(signed(new ContentSignature(null, null, List.of(), 0))).content().minHash()).isNull();
  }

  @Test
  void shouldReadARecordTheEarlierJsonLayoutWrote() throws Exception {
    SignedItem s = signed(new ContentSignature("abc123", new int[] {1, 2}, List.of(), 19));
    byte[] json = Json.mapper().writeValueAsBytes(s);

    SignedItem back = serde.deserializer().deserialize("wire.signatures", json);

    assertThat(back.item()).isEqualTo(s.item());
    assertThat(back.terms()).isEqualTo(s.terms());
    assertThat(serde.serializer().serialize("wire.signatures", s).length).as("binary against JSON")
        .isLessThan(json.length);
  }

  @Test
  void shouldRejectABrokenRecordWithAClearErrorAndWithoutAllocatingWhatItClaims() {
    byte[] good = serde.serializer().serialize("t", signed(null));
    byte[] claimsTooMuch = good.clone();
    claimsTooMuch[1] = 0x7f; // the item's length: about two gigabytes

    assertThatThrownBy(() -> serde.deserializer().deserialize("wire.signatures", claimsTooMuch))
        .isInstanceOf(SerializationException.class).hasMessageContaining("wire.signatures");
    assertThatThrownBy(() -> serde.deserializer().deserialize("wire.signatures", new byte[] {1, 0, 0}))
        .isInstanceOf(SerializationException.class);
  }
}
