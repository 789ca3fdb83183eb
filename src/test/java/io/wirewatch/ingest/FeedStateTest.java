package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedStateTest {

  @Test
  void shouldDoubleTheDelayAfterEachFailureUpToTheMaximum() {
    Duration interval = Duration.ofMinutes(1);
    Duration max = Duration.ofMinutes(10);

    assertThat(FeedState.backoff(interval, 1, max)).isEqualTo(Duration.ofMinutes(2));
    assertThat(FeedState.backoff(interval, 3, max)).isEqualTo(Duration.ofMinutes(8));
    assertThat(FeedState.backoff(interval, 20, max)).isEqualTo(max);
    assertThat(FeedState.backoff(Duration.ofHours(1), 2, max)).as("never below the interval").isEqualTo(Duration.ofHours(1));
  }

  @Test
  void shouldResetBackoffAfterASuccessAndRememberSeenEntries() {
    // given
    FeedState feed = new FeedState("f", URI.create("http://localhost/f"), Duration.ofMinutes(1));
    Instant t0 = Instant.parse("2023-04-08T10:00:00Z");

    // when
    feed.failed(t0, Duration.ofMinutes(30));
    feed.failed(t0, Duration.ofMinutes(30));
    Instant dueAfterFailures = feed.due();
    feed.succeeded(t0);
    feed.remember("guid-1|2023-04-08T09:00:00Z");

    // then
    assertThat(dueAfterFailures).isEqualTo(t0.plus(Duration.ofMinutes(4)));
    assertThat(feed.failures()).isZero();
    assertThat(feed.due()).isEqualTo(t0.plus(Duration.ofMinutes(1)));
    assertThat(feed.isNew("guid-1|2023-04-08T09:00:00Z")).isFalse();
    assertThat(feed.isNew("guid-1|2023-04-08T09:30:00Z")).as("an updated entry is new again").isTrue();
  }
}
