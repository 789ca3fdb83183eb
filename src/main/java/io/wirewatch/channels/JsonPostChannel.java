package io.wirewatch.channels;

import io.wirewatch.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * A channel that posts one JSON document per message to a webhook URL: Slack (Block Kit) and Teams
 * (Adaptive Card) differ only in the document they build.
 */
public final class JsonPostChannel implements AlertChannel {
  private final String name;
  private final String type;
  private final URI url;
  private final HttpPoster http;
  private final Duration timeout;
  private final Function<Message, Object> payload;

  public JsonPostChannel(String name, String type, URI url, HttpPoster http, Duration timeout,
      Function<Message, Object> payload) {
    this.name = name;
    this.type = type;
    this.url = url;
    this.http = http;
    this.timeout = timeout;
    this.payload = payload;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public SendResult send(Message message) throws InterruptedException {
    try {
      return http.post(url, Json.mapper().writeValueAsBytes(payload.apply(message)), Map.of(), timeout);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
