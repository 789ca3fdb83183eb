package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A full name and its parts are one participant. */
class ParticipantsTest {
  @Test
  void shouldCountAFullNameAndItsPartsAsOneParticipant() {
    assertThat(Participants.distinct(List.of("n:ada quill", "n:quill", "n:ada", "w:quill"))).containsExactly("ada quill");
  }

  @Test
  void shouldCountTwoPeopleAsTwo() {
    assertThat(Participants.distinct(List.of("n:ada quill", "n:bo marsh", "n:marsh"))).hasSize(2);
  }
}
