package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.model.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** A story profile reads back as it was written, and a store of the earlier JSON layout still restores. */
class StoryProfileSerdeTest {
  private final StoryProfileSerde serde = new StoryProfileSerde();

  private static StoryProfile profile() {
    return new StoryProfile("s-1", Map.of("n:jane roe", 0.42f, "w:ferry", 0.1f, "p:lakeport", 0.3f, "y:2019", 0.05f,
        "w:\u00e9boulement", 0.2f), List.of(Map.of("w:ferry", 0.5f), Map.of("n:jane roe", 0.7f, "w:pier", 0.01f)), 3,
        Instant.parse("2022-09-13T10:00:00.123456789Z"), Instant.parse("2022-09-14T08:30:00Z"), Set.of("fr", "en"),
        Map.of("2019", 2), Set.of("2022", "2021"));
  }

  @Test
  void shouldReadBackEveryPartOfAProfile() {
    StoryProfile p = profile();

    StoryProfile back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", p));

    assertThat(back).isEqualTo(p);
    assertThat(back.weight("n:jane roe")).isEqualTo(0.42f);
    assertThat(back.languages()).containsExactly("en", "fr");
    assertThat(back.stamped()).as("the years its items' pages were written").containsExactly("2021", "2022");
  }

  @Test
  void shouldReadAProfileWithoutTimesOrTerms() {
    StoryProfile p = new StoryProfile("s-2", Map.of(), List.of(), 0, null, null, Set.of(), Map.of());

    assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", p))).isEqualTo(p);
  }

  @Test
  void shouldReadAProfileTheEarlierJsonLayoutWrote() throws Exception {
    StoryProfile p = profile();

    byte[] json = Json.mapper().writeValueAsBytes(p);

    assertThat(serde.deserializer().deserialize("t", json)).isEqualTo(p);
    assertThat(serde.serializer().serialize("t", p).length).as("binary against JSON").isLessThan(json.length);
  }

  @Test
  void shouldRejectBytesOfNoKnownLayoutWithAClearError() {
    assertThatThrownBy(() -> serde.deserializer().deserialize("decide-story-profiles-changelog", new byte[] {9, 0}))
        .isInstanceOf(SerializationException.class).hasMessageContaining("story profile");
  }
}
