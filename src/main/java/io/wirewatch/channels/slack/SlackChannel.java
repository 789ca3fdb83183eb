package io.wirewatch.channels.slack;

import io.wirewatch.channels.HttpPoster;
import io.wirewatch.channels.JsonPostChannel;
import java.time.Duration;

/** Posts Block Kit messages ({@link SlackBlocks}) to a Slack incoming webhook. */
public final class SlackChannel {
  private SlackChannel() {}

  public static JsonPostChannel create(String name, SlackConfig config, HttpPoster http, Duration timeout,
      String storyUrl) {
    return new JsonPostChannel(name, "slack", SlackConfig.checkUrl(name + ".url", config.url()), http, timeout,
        message -> SlackBlocks.payload(message, storyUrl));
  }
}
