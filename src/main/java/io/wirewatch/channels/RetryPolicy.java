package io.wirewatch.channels;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The retry budget of a channel: exponential backoff with jitter on retryable failures (5xx, 429, timeouts),
 * the receiver's Retry-After when it gives one, and a limit on attempts and on total time.
 *
 * @param maxAttempts attempts in all, the first included
 * @param initialBackoff the wait after the first failure
 * @param maxBackoff the cap of one wait (Retry-After beyond it is still honoured within {@code maxElapsed})
 * @param jitter 0..1: each wait is cut by a random fraction up to this, so retrying senders spread out
 * @param maxElapsed the total time the retries of one message may take before it is dead-lettered
 * @param timeout the per-attempt request timeout
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter,
    Duration maxElapsed, Duration timeout) {
  public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2,
      Duration.ofMinutes(2), Duration.ofSeconds(10));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1");
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("jitter must be between 0 and 1");
    }
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || !timeout.isPositive()) {
      throw new IllegalArgumentException("backoffs must satisfy 0 <= initialBackoff <= maxBackoff; timeout > 0");
    }
  }

  /** The wait after failed attempt {@code attempt} (1-based): initial * 2^(attempt-1), capped, minus jitter. */
  public Duration backoff(int attempt, RandomGenerator random) {
    long base = initialBackoff.toMillis();
    long cap = maxBackoff.toMillis();
    int shift = Math.max(0, attempt - 1);
    long exp = shift < 62 && base <= (cap >> shift) ? base << shift : cap;
    long cut = (long) (exp * jitter * random.nextDouble());
    return Duration.ofMillis(exp - cut);
  }
}
