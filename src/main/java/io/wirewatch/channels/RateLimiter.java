package io.wirewatch.channels;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket: at most {@code capacity} messages per {@code period}, refilled continuously, full at start.
 * Capacity 0 means unlimited. Time comes from the caller, so tests drive it with fixed instants.
 */
public final class RateLimiter {
  private final int capacity;
  private final double nanosPerToken;
  private double tokens;
  private Instant last;

  public RateLimiter(int capacity, Duration period) {
    this.capacity = capacity;
    this.nanosPerToken = capacity == 0 ? 0 : (double) period.toNanos() / capacity;
    this.tokens = capacity;
  }

  public boolean unlimited() {
    return capacity == 0;
  }

  /** Takes a token when one is there. */
  public boolean tryAcquire(Instant now) {
    if (unlimited()) {
      return true;
    }
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }

  /** Whole tokens left now ({@link Integer#MAX_VALUE} when unlimited). */
  public int available(Instant now) {
    if (unlimited()) {
      return Integer.MAX_VALUE;
    }
    refill(now);
    return (int) Math.floor(tokens);
  }

  /** When the next token is there ({@code now} when one already is). */
  public Instant nextTokenAt(Instant now) {
    if (available(now) >= 1) {
      return now;
    }
    return now.plusNanos((long) Math.ceil((1 - tokens) * nanosPerToken));
  }

  private void refill(Instant now) {
    if (last != null && now.isAfter(last)) {
      long elapsed = Duration.between(last, now).toNanos();
      tokens = Math.min(capacity, tokens + elapsed / nanosPerToken);
    }
    if (last == null || now.isAfter(last)) {
      last = now;
    }
  }
}
