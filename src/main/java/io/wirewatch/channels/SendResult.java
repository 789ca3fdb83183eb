package io.wirewatch.channels;

import java.time.Duration;

/** The outcome of one delivery attempt. */
public sealed interface SendResult {

  /** Accepted by the receiver; {@code detail} e.g. "HTTP 200". */
  record Sent(String detail) implements SendResult {}

  /** Worth another try (5xx, 429, timeout, connection refused); {@code retryAfter} when the receiver said. */
  record Retry(String reason, Duration retryAfter) implements SendResult {}

  /** Retrying will not help (4xx other than 408 and 429, a bad address): dead-letter at once. */
  record Fail(String reason) implements SendResult {}

  static SendResult sent(String detail) {
    return new Sent(detail);
  }

  static SendResult retry(String reason) {
    return new Retry(reason, null);
  }

  static SendResult fail(String reason) {
    return new Fail(reason);
  }
}
