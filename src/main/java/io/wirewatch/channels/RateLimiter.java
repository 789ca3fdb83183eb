package io.wirewatch.channels;

import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code capacity} messages per {@code period}: a token bucket in its exact-arithmetic form (the
 * generic cell rate algorithm), full at start, one token back every {@code period / capacity}. Capacity 0
 * means unlimited. Time comes from the caller, so tests drive it with fixed instants.
 */
public final class RateLimiter {
  private final int capacity;
  private final Duration interval;
  private final Duration tolerance;
  private Instant theoretical;

  public RateLimiter(int capacity, Duration period) {
    this.capacity = capacity;
    this.interval = capacity == 0 ? Duration.ZERO : period.dividedBy(capacity);
    this.tolerance = interval.multipliedBy(Math.max(0, capacity - 1));
  }

  public boolean unlimited() {
    return capacity == 0;
  }

  /** Takes a token when one is there. */
  public boolean tryAcquire(Instant now) {
    if (unlimited()) {
      return true;
    }
    Instant t = start(now);
    if (Duration.between(now, t).compareTo(tolerance) > 0) {
      return false;
    }
    theoretical = t.plus(interval);
    return true;
  }

  /** Whole tokens left now ({@link Integer#MAX_VALUE} when unlimited). */
  public int available(Instant now) {
    if (unlimited()) {
      return Integer.MAX_VALUE;
    }
    Duration used = Duration.between(now, start(now));
    if (used.compareTo(tolerance) > 0) {
      return 0;
    }
    return (int) Math.min(capacity, tolerance.minus(used).toNanos() / interval.toNanos() + 1);
  }

  /** When the next token is there ({@code now} when one already is). */
  public Instant nextTokenAt(Instant now) {
    if (available(now) >= 1) {
      return now;
    }
    return theoretical.minus(tolerance);
  }

  private Instant start(Instant now) {
    return theoretical == null || theoretical.isBefore(now) ? now : theoretical;
  }
}
