package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryPostingsTest {

  private static Map<String, Float> weights(Object... termAndWeight) {
    Map<String, Float> out = new LinkedHashMap<>();
    for (int i = 0; i < termAndWeight.length; i += 2) {
      out.put((String) termAndWeight[i], ((Number) termAndWeight[i + 1]).floatValue());
    }
    return out;
  }

  @Test
  void nominatesTheStoriesHoldingMostOfTheItemsWeightTiesToTheSmallerId() {
    StoryPostings p = new StoryPostings();
    p.add("n:harbour", "s-b");
    p.add("n:harbour", "s-a");
    p.add("w:ferry", "s-c");
    p.add("w:ferry", "s-a");
    p.add("w:storm", "s-d");

    List<String> two = p.nominate(weights("n:harbour", 1.0, "w:ferry", 0.5, "w:storm", 0.2), 400, 2);

    // s-a holds both terms (1.5); s-b (1.0) beats s-c (0.5) and s-d (0.2)
    assertThat(two).containsExactlyInAnyOrder("s-a", "s-b");
    assertThat(p.nominate(weights("n:harbour", 1.0), 400, 1)).containsExactly("s-a");
  }

  @Test
  void aTermHeldByMoreStoriesThanTheCapNominatesNone() {
    StoryPostings p = new StoryPostings();
    for (int i = 0; i < 5; i++) {
      p.add("w:said", "s-" + i);
    }
    p.add("n:quay", "s-3");

    assertThat(p.nominate(weights("w:said", 1.0, "n:quay", 0.1), 4, 10)).containsExactly("s-3");
    assertThat(p.count("w:said")).isEqualTo(5);
  }

  @Test
  void aTermWithNoWeightStillNominatesItsStoriesOnce() {
    StoryPostings p = new StoryPostings();
    p.add("p:delta", "s-1");
    p.add("y:2026", "s-1");

    assertThat(p.nominate(weights("p:delta", 0.0, "y:2026", 0.0), 400, 10)).containsExactly("s-1");
  }

  @Test
  void aClosedStoryIsNominatedNoMoreAndItsSlotServesTheNextStory() {
    StoryPostings p = new StoryPostings();
    p.add("n:bridge", "s-old");
    p.add("w:flood", "s-old");
    p.add("w:flood", "s-other");

    assertThat(p.remove("n:bridge", "s-old")).isTrue();
    assertThat(p.remove("w:flood", "s-old")).isFalse();
    p.close("s-old");
    p.add("n:bridge", "s-new");

    assertThat(p.nominate(weights("n:bridge", 1.0, "w:flood", 0.3), 400, 10))
        .containsExactlyInAnyOrder("s-new", "s-other");
    assertThat(p.count("n:bridge")).isEqualTo(1);
    assertThat(p.count("w:flood")).isEqualTo(1);
  }

  @Test
  void sumsStartAfreshForEveryItem() {
    StoryPostings p = new StoryPostings();
    p.add("n:pier", "s-1");
    p.add("w:crane", "s-2");

    p.nominate(weights("n:pier", 5.0), 400, 10);

    // a sum left from the item before would keep s-1 ahead of s-2
    assertThat(p.nominate(weights("n:pier", 0.1, "w:crane", 0.2), 400, 1)).containsExactly("s-2");
  }
}
