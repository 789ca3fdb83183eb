package io.wirewatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile corrections: run-on copy of tens of thousands of words must cost bounded memory and work. */
class BoundedCorrectionTest {
  private static WireItem item(String headline, String body) {
    return new WireItem("urn:long", "1", Instant.parse("2022-09-15T06:00:00Z"), null, "Reuters", "en", headline,
        List.of(body), null, null, null, null, 3, PubStatus.USABLE, List.of("sig:correction"), null, List.of(),
        List.of(), "t.json", "ninjs-2", null);
  }

  private static String words(int n, String prefix) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(prefix).append(i % 997).append(i % 3 == 0 ? " alpha " : " ");
    }
    return b.toString().strip();
  }

  @Test
  void shouldDiffASixtyThousandWordRunOnCorrectionWithoutExhaustingMemory() {
    // given: a 60,000-word sentence and a correction with the same words in reverse order (a 3.6-billion-cell LCS)
    String before = words(60_000, "w");
    List<String> reversed = new ArrayList<>(List.of(before.split(" ")));
    java.util.Collections.reverse(reversed);
    String after = String.join(" ", reversed);

    // when
    var details = CorrectionRule.evaluate(item("Bridge closed", before), item("CORRECTED-Bridge closed", after));

    // then: the run-on text is cut into bounded sentences, and at most a few changes are told, each shortened
    assertThat(details.changes()).isNotEmpty().hasSizeLessThanOrEqualTo(CorrectionRule.MAX_CHANGES)
        .allSatisfy(change -> assertThat(change).startsWith("wording: ").hasSizeLessThan(400));
  }

  @Test
  void shouldStillDiffTheWordsBetweenAnUnchangedHeadAndTail() {
    // given: two long sentences that differ in one figure in the middle
    List<String> head = WordDiff.words(words(5_000, "h"));
    List<String> a = new ArrayList<>(head);
    a.addAll(List.of("83", "people", "injured"));
    a.addAll(head);
    List<String> b = new ArrayList<>(head);
    b.addAll(List.of("38", "people", "injured"));
    b.addAll(head);

    // when / then
    assertThat(WordDiff.changes(a, b)).extracting(WordDiff.Change::describe).containsExactly("figure: 83 -> 38");
  }

  @Test
  void shouldTellAtMostAFewChangesForACorrectionThatRewritesThousandsOfSentences() {
    // given: 6,000 sentences, every one changed
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    for (int i = 0; i < 6_000; i++) {
      before.append("Crews cleared road ").append(i).append(" near the river. ");
      after.append("Crews cleared road ").append(i + 1).append(" near the river. ");
    }

    // when
    var details = CorrectionRule.evaluate(item("Roads", before.toString()), item("Roads", after.toString()));

    // then
    assertThat(details.changes()).isNotEmpty().hasSizeLessThanOrEqualTo(CorrectionRule.MAX_CHANGES);
  }
}
