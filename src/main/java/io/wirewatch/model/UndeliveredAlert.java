package io.wirewatch.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An alert a channel could not deliver within its retry budget, on {@code wire.alerts.undelivered} (key =
 * story id, like {@code wire.alerts}). Nothing is dropped silently: an operator can replay these.
 *
 * @param channel the channel's configured name
 * @param deliveryId the message that failed
 * @param reason why, e.g. "HTTP 503 after 5 attempts" or "HTTP 404: no_service"
 * @param attempts how many sends were tried
 * @param failedAt when the dispatcher gave up
 * @param alert the alert as it arrived on {@code wire.alerts}
 */
public record UndeliveredAlert(String channel, String deliveryId, String reason, int attempts, Instant failedAt,
    Alert alert) {
  public UndeliveredAlert {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(alert, "alert");
  }
}
