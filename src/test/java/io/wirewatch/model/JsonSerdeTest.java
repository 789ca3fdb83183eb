package io.wirewatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {
  record Note(String text, List<String> tags) {}

  private final JsonSerde<Note> serde = new JsonSerde<>(Note.class);

  @Test
  void shouldReadBackWhatItWrote() {
    Note n = new Note("flood warning", List.of("weather"));
    assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", n))).isEqualTo(n);
  }

  @Test
  void shouldWriteEachValueAsItIsEvenBetweenRepeatsOfTheSameInstance() {
    Note first = new Note("first", List.of());
    Note second = new Note("second", List.of("x"));
    var out = serde.serializer();
    byte[] a = out.serialize("store", first);
    byte[] b = out.serialize("topic", first);
    byte[] c = out.serialize("topic", second);
    byte[] d = out.serialize("topic", new Note("first", List.of()));
    assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo(new String(a, StandardCharsets.UTF_8));
    assertThat(new String(c, StandardCharsets.UTF_8)).contains("second");
    assertThat(new String(d, StandardCharsets.UTF_8)).isEqualTo(new String(a, StandardCharsets.UTF_8));
    assertThat(out.serialize("topic", null)).isNull();
  }

  @Test
  void shouldRefuseBytesThatAreNotItsJson() {
    assertThatThrownBy(() -> serde.deserializer().deserialize("t", "{not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class).hasMessageContaining("Note");
  }
}
