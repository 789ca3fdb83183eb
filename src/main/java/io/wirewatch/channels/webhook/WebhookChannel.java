package io.wirewatch.channels.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.wirewatch.channels.AlertChannel;
import io.wirewatch.channels.Escape;
import io.wirewatch.channels.HttpPoster;
import io.wirewatch.channels.Message;
import io.wirewatch.channels.SendResult;
import io.wirewatch.channels.slack.SlackConfig;
import io.wirewatch.model.Json;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * POSTs the alert JSON (as on {@code wire.alerts}; a digest is a JSON array of alerts) signed with
 * {@link Signature}, with {@code X-Wirewatch-Delivery} (stable across retries and restarts, for the receiver
 * to deduplicate) and a fresh {@code X-Wirewatch-Timestamp} per attempt.
 */
public final class WebhookChannel implements AlertChannel {
  private final String name;
  private final URI url;
  private final WebhookConfig config;
  private final HttpPoster http;
  private final Duration timeout;
  private final Clock clock;

  public WebhookChannel(String name, WebhookConfig config, HttpPoster http, Duration timeout, Clock clock) {
    this.name = name;
    this.url = SlackConfig.checkUrl(name + ".url", config.url());
    this.config = config;
    this.http = http;
    this.timeout = timeout;
    this.clock = clock;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String type() {
    return "webhook";
  }

  /** The request body: one alert object, or an array for a digest; bidi controls are dropped from its texts. */
  public static byte[] body(Message message) {
    try {
      String json = message.digest() ? Json.mapper().writeValueAsString(message.alerts())
          : Json.mapper().writeValueAsString(message.first());
      return Escape.withoutBidi(json).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public SendResult send(Message message) throws InterruptedException {
    byte[] body = body(message);
    long ts = clock.instant().getEpochSecond();
    Map<String, String> headers = Map.of(
        Signature.DELIVERY, message.deliveryId(),
        Signature.TIMESTAMP, Long.toString(ts),
        Signature.HEADER, Signature.sign(config.secret().reveal(), ts, body),
        "X-Wirewatch-Alerts", Integer.toString(message.alerts().size()));
    return http.post(url, body, headers, timeout);
  }
}
