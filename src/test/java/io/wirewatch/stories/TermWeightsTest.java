package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TermWeightsTest {

  @Property(tries = 200)
  void holdsExactlyTheWeightsItWasGiven(@ForAll @Size(max = 400) Map<@StringLength(max = 20) String, Float> given,
      @ForAll @Size(max = 50) List<@StringLength(max = 20) String> probes) {
    given.values().removeIf(w -> w == null || w.isNaN());
    given.keySet().removeIf(k -> k == null);
    TermWeights weights = TermWeights.copyOf(given);

    assertThat(weights).isEqualTo(given).hasSize(given.size());
    assertThat(new HashMap<>(weights)).isEqualTo(given);
    for (String probe : probes) {
      assertThat(weights.containsKey(probe)).isEqualTo(given.containsKey(probe));
      assertThat(weights.get(probe)).isEqualTo(given.get(probe));
      if (given.containsKey(probe)) {
        assertThat(weights.weight(probe)).isEqualTo(given.get(probe));
      } else {
        assertThat(weights.weight(probe)).isNaN();
      }
    }
  }

  @Test
  void aStoryProfileReadsItsCentroidWithoutBoxing() {
    StoryProfile p = new StoryProfile("s-1", Map.of("n:harbour", 0.75f, "w:storm", 0.25f), List.of(), 1,
        java.time.Instant.EPOCH, java.time.Instant.EPOCH, null, null);

    assertThat(p.weight("n:harbour")).isEqualTo(0.75f);
    assertThat(p.weight("w:bridge")).isNaN();
    assertThat(p.centroid()).isInstanceOf(TermWeights.class).containsEntry("w:storm", 0.25f);
  }

  @Test
  void anEmptyMapHoldsNothing() {
    TermWeights none = TermWeights.copyOf(Map.of());
    assertThat(none).isEmpty();
    assertThat(none.weight("w:anything")).isNaN();
    assertThat(none.get("w:anything")).isNull();
  }
}
