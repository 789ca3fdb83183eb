package io.wirewatch.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private static final Instant T0 = TestAlerts.AT;

  @Test
  void shouldAllowTheCapacityAtOnceThenRefillOneTokenPerShareOfThePeriod() {
    RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1));

    assertThat(limiter.tryAcquire(T0)).isTrue();
    assertThat(limiter.tryAcquire(T0)).isTrue();
    assertThat(limiter.tryAcquire(T0)).isFalse();
    assertThat(limiter.nextTokenAt(T0)).isEqualTo(T0.plusSeconds(30));
    assertThat(limiter.tryAcquire(T0.plusSeconds(29))).isFalse();
    assertThat(limiter.tryAcquire(T0.plusSeconds(30))).isTrue();
  }

  @Test
  void shouldNeverHoldMoreThanItsCapacityAfterALongQuietSpell() {
    RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1));
    limiter.tryAcquire(T0);

    assertThat(limiter.available(T0.plus(Duration.ofHours(5)))).isEqualTo(2);
  }

  @Test
  void shouldAlwaysAllowWhenUnlimited() {
    RateLimiter limiter = new RateLimiter(0, Duration.ofMinutes(1));

    for (int i = 0; i < 1000; i++) {
      assertThat(limiter.tryAcquire(T0)).isTrue();
    }
  }
}
