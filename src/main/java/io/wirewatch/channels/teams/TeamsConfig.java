package io.wirewatch.channels.teams;

import io.wirewatch.channels.Secret;
import io.wirewatch.channels.Settings;
import io.wirewatch.channels.slack.SlackConfig;

/**
 * A Teams channel's settings: {@code url}, the URL of a Teams workflow ("Post to a channel when a webhook
 * request is received"); a secret, written as {@code ${TEAMS_WEBHOOK_URL}}.
 */
public record TeamsConfig(Secret url) {

  public static TeamsConfig from(Settings s) {
    Secret url = s.secret("url");
    SlackConfig.checkUrl(s.key("url"), url);
    return new TeamsConfig(url);
  }
}
