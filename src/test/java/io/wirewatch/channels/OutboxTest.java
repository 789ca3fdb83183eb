package io.wirewatch.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.channels.Envelope.Receipt;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxTest {
  private static final Instant T0 = TestAlerts.AT;
  private long offset;

  private Envelope env(Alert a) {
    return new Envelope(a, new Receipt("wire.alerts", 0, offset++));
  }

  private static Fatigue fatigue(int rate, Duration digest, Duration fold) {
    return new Fatigue(rate, Duration.ofMinutes(1), digest, 50, fold);
  }

  @Test
  void shouldSendEachAlertAtOnceWhenNoFatigueRuleIsSet() {
    Outbox box = new Outbox("c", Fatigue.NONE);
    box.add(env(TestAlerts.of("a", AlertType.KILL, Severity.HIGH, "s1", null)), T0);
    box.add(env(TestAlerts.of("b", AlertType.KILL, Severity.HIGH, "s2", null)), T0);

    List<Outbox.Batch> out = box.drain(T0);

    assertThat(out).extracting(b -> b.message().alerts().size()).containsExactly(1, 1);
    assertThat(box.size()).isZero();
  }

  @Test
  void shouldQueueAnAlertIdOnlyOnceAndSettleBothCopiesWithOneMessage() {
    Outbox box = new Outbox("c", Fatigue.NONE);
    Alert a = TestAlerts.of("a", AlertType.KILL, Severity.HIGH, "s1", null);
    box.add(env(a), T0);
    box.add(env(a), T0);

    List<Outbox.Batch> out = box.drain(T0);

    assertThat(out).singleElement().satisfies(b -> {
      assertThat(b.message().alerts()).containsExactly(a);
      assertThat(b.covered()).hasSize(2);
    });
  }

  @Test
  void shouldFoldUpdatesOfOneFigureWithinTheWindowIntoOneMessageFromFirstToLastValue() {
    // given a 30 s fold window and three updates of the same figure, plus one of another story
    Outbox box = new Outbox("c", fatigue(0, Duration.ZERO, Duration.ofSeconds(30)));
    box.add(env(TestAlerts.figure("f1", "s1", 49, 105)), T0);
    box.add(env(TestAlerts.figure("f2", "s1", 105, 110)), T0.plusSeconds(10));
    box.add(env(TestAlerts.figure("f3", "s2", 3, 4)), T0.plusSeconds(10));

    // when / then: nothing before the window ends
    assertThat(box.drain(T0.plusSeconds(29))).isEmpty();
    List<Outbox.Batch> out = box.drain(T0.plusSeconds(30));

    assertThat(out).hasSize(1);
    Alert folded = out.get(0).message().first();
    assertThat(folded.title()).isEqualTo("Armenian troops killed: 49 -> 110");
    assertThat(folded.details()).isInstanceOfSatisfying(AlertDetails.FigureChanged.class, f -> {
      assertThat(f.from()).isEqualTo(49);
      assertThat(f.to()).isEqualTo(110);
      assertThat(f.previous().sentence()).contains("49");
      assertThat(f.current().sentence()).contains("110");
    });
    assertThat(out.get(0).covered()).extracting(e -> e.alert().id()).containsExactly("f1", "f2");
    assertThat(box.drain(T0.plusSeconds(40))).singleElement()
        .satisfies(b -> assertThat(b.message().first().id()).isEqualTo("f3"));
  }

  @Test
  void shouldGroupABurstIntoOneDigestWhenTheDigestWindowEnds() {
    Outbox box = new Outbox("c", fatigue(0, Duration.ofMinutes(2), Duration.ZERO));
    for (int i = 0; i < 5; i++) {
      box.add(env(TestAlerts.of("a" + i, AlertType.ESCALATION, Severity.MEDIUM, "s" + i, null)), T0.plusSeconds(i));
    }

    assertThat(box.drain(T0.plusSeconds(119))).isEmpty();
    assertThat(box.nextWake(T0.plusSeconds(119))).contains(T0.plusSeconds(120));
    List<Outbox.Batch> out = box.drain(T0.plusSeconds(120));

    assertThat(out).singleElement().satisfies(b -> {
      assertThat(b.message().digest()).isTrue();
      assertThat(b.message().alerts()).extracting(Alert::id).containsExactly("a0", "a1", "a2", "a3", "a4");
    });
  }

  @Test
  void shouldSendSinglesWhileTheRateAllowsAndTheRestOfTheBurstAsOneDigest() {
    // given 3 messages per minute and a burst of 6 alerts
    Outbox box = new Outbox("c", fatigue(3, Duration.ZERO, Duration.ZERO));
    for (int i = 0; i < 6; i++) {
      box.add(env(TestAlerts.of("a" + i, AlertType.KILL, Severity.HIGH, "s" + i, null)), T0);
    }

    // when
    List<Outbox.Batch> out = box.drain(T0);

    // then two singles, then the last token carries the other four
    assertThat(out).extracting(b -> b.message().alerts().size()).containsExactly(1, 1, 4);

    // and a later alert waits for the next token (20 s at 3 per minute)
    box.add(env(TestAlerts.of("late", AlertType.KILL, Severity.HIGH, "s9", null)), T0.plusSeconds(1));
    assertThat(box.drain(T0.plusSeconds(1))).isEmpty();
    assertThat(box.nextWake(T0.plusSeconds(1))).contains(T0.plusSeconds(20));
    assertThat(box.drain(T0.plusSeconds(20))).hasSize(1);
  }
}
