package io.wirewatch.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.channels.Envelope.Receipt;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {
  private static Receipt at(long offset) {
    return new Receipt("wire.alerts", 0, offset);
  }

  private static final OffsetTracker.Part P0 = new OffsetTracker.Part("wire.alerts", 0);

  @Test
  void shouldNotCommitPastAnAlertThatAChannelStillHolds() {
    // given three alerts; the middle one goes to two channels
    OffsetTracker t = new OffsetTracker();
    t.register(at(0), 1);
    t.register(at(1), 2);
    t.register(at(2), 1);

    // when the first and the last are delivered, and one of two channels settles the middle one
    t.settle(at(0));
    t.settle(at(2));
    t.settle(at(1));

    // then the commit stops at the middle one
    assertThat(t.committable()).containsEntry(P0, 1L);
    assertThat(t.pending()).isEqualTo(1);

    // and moves past all three once the second channel settles it
    t.settle(at(1));
    assertThat(t.committable()).containsEntry(P0, 3L);
    assertThat(t.committable()).isEmpty();
  }

  @Test
  void shouldCommitPastRecordsThatNoChannelWanted() {
    OffsetTracker t = new OffsetTracker();
    t.register(at(5), 0);

    assertThat(t.committable()).containsEntry(P0, 6L);
  }

  @Test
  void shouldIgnoreSettlementsForAPartitionItNoLongerOwns() {
    OffsetTracker t = new OffsetTracker();
    t.register(at(0), 1);
    t.forget(P0);

    t.settle(at(0));

    assertThat(t.committable()).isEmpty();
    assertThat(t.pending()).isZero();
  }
}
