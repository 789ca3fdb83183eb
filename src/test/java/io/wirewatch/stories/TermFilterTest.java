package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TermFilterTest {

  @Property(tries = 200)
  void neverSaysNoToATermTheStoryHolds(@ForAll @Size(max = 400) List<@StringLength(max = 30) String> terms) {
    TermFilter filter = TermFilter.of(terms);
    assertThat(terms).allMatch(filter::mayHold);
  }

  @Test
  void saysNoToMostTermsTheStoryLacks() {
    Set<String> held = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      held.add("w:term" + i);
    }
    TermFilter filter = TermFilter.of(held);
    int maybe = 0;
    for (int i = 0; i < 10_000; i++) {
      maybe += filter.mayHold("n:other" + i) ? 1 : 0;
    }
    assertThat(maybe).as("terms wrongly let through, of 10,000 absent").isLessThan(500);
  }

  @Test
  void anEmptyStoryHoldsNothing() {
    assertThat(TermFilter.of(List.of()).mayHold("w:anything")).isFalse();
  }
}
