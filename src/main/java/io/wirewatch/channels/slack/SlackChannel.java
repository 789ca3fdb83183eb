package io.wirewatch.channels.slack;

import io.wirewatch.channels.AlertChannel;
import io.wirewatch.channels.HttpPoster;
import io.wirewatch.channels.Message;
import io.wirewatch.channels.SendResult;
import io.wirewatch.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Posts Block Kit messages ({@link SlackBlocks}) to a Slack incoming webhook. */
public final class SlackChannel implements AlertChannel {
  private final String name;
  private final URI url;
  private final HttpPoster http;
  private final Duration timeout;
  private final String storyUrl;

  public SlackChannel(String name, SlackConfig config, HttpPoster http, Duration timeout, String storyUrl) {
    this.name = name;
    this.url = SlackConfig.checkUrl(name + ".url", config.url());
    this.http = http;
    this.timeout = timeout;
    this.storyUrl = storyUrl;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String type() {
    return "slack";
  }

  @Override
  public SendResult send(Message message) throws InterruptedException {
    try {
      byte[] body = Json.mapper().writeValueAsBytes(SlackBlocks.payload(message, storyUrl));
      return http.post(url, body, Map.of(), timeout);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
