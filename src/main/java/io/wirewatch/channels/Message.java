package io.wirewatch.channels;

import io.wirewatch.model.Alert;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What a channel sends in one go: one alert, or a digest of several. {@code deliveryId} is derived from the
 * channel and the alert ids, so a retry or a redelivery after a restart carries the same id.
 */
public record Message(String deliveryId, String channel, List<Alert> alerts) {
  public Message {
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(channel, "channel");
    alerts = List.copyOf(alerts);
    if (alerts.isEmpty()) {
      throw new IllegalArgumentException("a message needs at least one alert");
    }
  }

  /** A message with its deterministic delivery id. */
  public static Message of(String channel, List<Alert> alerts) {
    return new Message(deliveryId(channel, alerts.stream().map(Alert::id).toList()), channel, alerts);
  }

  public boolean digest() {
    return alerts.size() > 1;
  }

  /** The only alert of a single-alert message, or the first of a digest. */
  public Alert first() {
    return alerts.get(0);
  }

  static String deliveryId(String channel, List<String> alertIds) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(channel.getBytes(StandardCharsets.UTF_8));
      for (String id : alertIds) {
        sha.update((byte) 0);
        sha.update(id.getBytes(StandardCharsets.UTF_8));
      }
      return "wwd-" + HexFormat.of().formatHex(sha.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
