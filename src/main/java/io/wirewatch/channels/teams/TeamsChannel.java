package io.wirewatch.channels.teams;

import io.wirewatch.channels.HttpPoster;
import io.wirewatch.channels.JsonPostChannel;
import io.wirewatch.channels.slack.SlackConfig;
import java.time.Duration;

/** Posts an Adaptive Card ({@link AdaptiveCards}) to a Teams workflow webhook (which answers 202). */
public final class TeamsChannel {
  private TeamsChannel() {}

  public static JsonPostChannel create(String name, TeamsConfig config, HttpPoster http, Duration timeout,
      String storyUrl) {
    return new JsonPostChannel(name, "teams", SlackConfig.checkUrl(name + ".url", config.url()), http, timeout,
        message -> AdaptiveCards.payload(message, storyUrl));
  }
}
