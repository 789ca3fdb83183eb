package io.wirewatch.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.model.Json;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** A remembered text reads back as it was written, and a store of the earlier JSON layout still restores. */
class RememberedTextSerdeTest {
  private final RememberedTextSerde serde = new RememberedTextSerde();

  private static DuplicateIndex.Entry entry() {
    return new DuplicateIndex.Entry("urn:ferry@2@2022-09-13T10:00:00Z", "urn:ferry", "ferry-2.json", "s-7",
        "9f2c", IntStream.range(0, 128).map(i -> i * 2_654_435 - 77).toArray(), List.of("12", "3.5", "\u00e9t\u00e9"),
        311, Instant.parse("2022-09-13T10:00:00.5Z"));
  }

  private DuplicateIndex.Entry roundTrip(DuplicateIndex.Entry e) {
    return serde.deserializer().deserialize("t", serde.serializer().serialize("t", e));
  }

  @Test
  void shouldReadBackEveryPartOfARememberedText() {
    DuplicateIndex.Entry e = entry();

    DuplicateIndex.Entry back = roundTrip(e);

    assertThat(back).usingRecursiveComparison().isEqualTo(e);
    assertThat(back.minHash()).containsExactly(e.minHash());
  }

  @Test
  void shouldReadATextWithoutSignatureNumbersOrStory() {
    DuplicateIndex.Entry e = new DuplicateIndex.Entry("a", "u", "s", null, "h", new int[0], List.of(), 0,
        Instant.EPOCH);

    assertThat(roundTrip(e)).usingRecursiveComparison().isEqualTo(e);
  }

  @Test
  void shouldReadATextTheEarlierJsonLayoutWroteAndWriteItSmaller() throws Exception {
    DuplicateIndex.Entry e = entry();

    byte[] json = Json.mapper().writeValueAsBytes(e);

    assertThat(serde.deserializer().deserialize("t", json)).usingRecursiveComparison().isEqualTo(e);
    assertThat(serde.serializer().serialize("t", e).length).as("binary against JSON").isLessThan(json.length / 2);
  }

  @Test
  void shouldRejectBytesOfNoKnownLayoutOrACutRecordWithAClearError() {
    byte[] cut = serde.serializer().serialize("t", entry());
    byte[] half = java.util.Arrays.copyOf(cut, cut.length / 2);

    assertThatThrownBy(() -> serde.deserializer().deserialize("decide-texts-changelog", new byte[] {9, 0}))
        .isInstanceOf(SerializationException.class).hasMessageContaining("remembered text");
    assertThatThrownBy(() -> serde.deserializer().deserialize("decide-texts-changelog", half))
        .isInstanceOf(SerializationException.class).hasMessageContaining("decide-texts-changelog");
  }
}
