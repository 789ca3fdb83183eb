package io.wirewatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CombiningMarksTest {
  @Test
  void shouldKeepTextWhoseMarksAreShort() {
    String vietnamese = "Ha\u0300 No\u0323\u0302i";
    String hindi = "\u0928\u093F\u0930\u094D\u0935\u093E\u091A\u0928";
    assertThat(CombiningMarks.bounded(vietnamese)).isSameAs(vietnamese);
    assertThat(CombiningMarks.bounded(hindi)).isSameAs(hindi);
    assertThat(CombiningMarks.bounded(null)).isNull();
  }

  @Test
  void shouldCutEveryLongRunOfMarksToTheStreamSafeLimit() {
    // given: two words each carrying thousands of combining marks
    String zalgo = "Flood" + "\u0301".repeat(5_000) + " hits" + "\u20DD\u0300".repeat(2_000) + " town";

    // when
    String bounded = CombiningMarks.bounded(zalgo);

    // then
    assertThat(bounded).isEqualTo("Flood" + "\u0301".repeat(30) + " hits" + "\u20DD\u0300".repeat(15) + " town");
  }
}
