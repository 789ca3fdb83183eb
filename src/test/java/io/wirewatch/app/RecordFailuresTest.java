package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RecordFailuresTest {
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };

  @Test
  void shouldSayTheStageIsDroppingRecordsWhileTenFailedWithinTenSeconds() {
    // given
    RecordFailures failures = new RecordFailures(10, Duration.ofSeconds(10), clock);
    for (int i = 0; i < 9; i++) {
      failures.failed("decide-decisions");
    }
    assertThat(failures.dropping()).isNull();

    // when: the tenth failure within the window
    failures.failed("decide-decisions");

    // then: not ready, with the stage named; ready again once the failures are older than the window
    assertThat(failures.dropping()).contains("10 records failed").contains("decide-decisions");
    now.set(now.get().plusSeconds(11));
    assertThat(failures.dropping()).isNull();
  }
}
