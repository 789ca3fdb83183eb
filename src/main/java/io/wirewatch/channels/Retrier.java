package io.wirewatch.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one message with a channel's retry budget: retryable failures wait (the receiver's Retry-After,
 * else exponential backoff with jitter) and try again, until the attempts or the time budget run out.
 */
public final class Retrier {
  private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;

  /** How it ended: delivered or not, after how many attempts, and why not. */
  public record Outcome(boolean delivered, int attempts, String detail) {}

  public Retrier(RetryPolicy policy, Clock clock, Sleeper sleeper, RandomGenerator random) {
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
  }

  public Outcome send(AlertChannel channel, Message message) throws InterruptedException {
    Instant start = clock.instant();
    for (int attempt = 1; ; attempt++) {
      SendResult result = attempt(channel, message);
      switch (result) {
        case SendResult.Sent s -> {
          return new Outcome(true, attempt, s.detail());
        }
        case SendResult.Fail f -> {
          LOG.warn("channel {}: delivery {} failed for good (attempt {}/{}): {}", channel.name(),
              message.deliveryId(), attempt, policy.maxAttempts(), f.reason());
          return new Outcome(false, attempt, f.reason());
        }
        case SendResult.Retry r -> {
          if (attempt >= policy.maxAttempts()) {
            return new Outcome(false, attempt, r.reason() + " after " + attempt + " attempts");
          }
          Duration wait = r.retryAfter() != null ? r.retryAfter() : policy.backoff(attempt, random);
          Duration spent = Duration.between(start, clock.instant());
          if (spent.plus(wait).compareTo(policy.maxElapsed()) > 0) {
            return new Outcome(false, attempt, r.reason() + " after " + attempt + " attempts; the next wait of "
                + wait.toMillis() + " ms would exceed the retry budget of " + policy.maxElapsed().toMillis() + " ms");
          }
          LOG.info("channel {}: delivery {} failed (attempt {}/{}): {}; retrying in {} ms", channel.name(),
              message.deliveryId(), attempt, policy.maxAttempts(), r.reason(), wait.toMillis());
          sleeper.sleep(wait);
        }
      }
    }
  }

  private static SendResult attempt(AlertChannel channel, Message message) throws InterruptedException {
    try {
      return channel.send(message);
    } catch (RuntimeException e) {
      return SendResult.retry("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
