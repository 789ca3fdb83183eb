package io.wirewatch.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What happened to one alert on one channel, on the compacted {@code wire.alerts.delivered} topic (key
 * {@code <channel>:<alertId>}). The dispatcher reads it back at start so an alert is delivered once per
 * channel across restarts.
 *
 * @param channel the channel's configured name
 * @param alertId the alert's id
 * @param deliveryId the message that carried it (a digest or folded message carries several alerts)
 * @param outcome {@code delivered} or {@code undelivered} (dead-lettered after the retry budget)
 * @param at when it was decided
 */
public record AlertDelivery(String channel, String alertId, String deliveryId, String outcome, Instant at) {
  public static final String DELIVERED = "delivered";
  public static final String UNDELIVERED = "undelivered";

  public AlertDelivery {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(alertId, "alertId");
  }

  /** The record key: channel names cannot hold ':', so the first ':' separates the two. */
  public static String key(String channel, String alertId) {
    return channel + ":" + alertId;
  }

  public String key() {
    return key(channel, alertId);
  }
}
