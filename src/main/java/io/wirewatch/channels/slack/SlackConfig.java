package io.wirewatch.channels.slack;

import io.wirewatch.channels.Secret;
import io.wirewatch.channels.Settings;
import java.net.URI;

/**
 * A Slack channel's settings: {@code url}, the incoming-webhook URL (a secret: it carries the token; write
 * it as {@code ${SLACK_WEBHOOK_URL}}).
 */
public record SlackConfig(Secret url) {

  public static SlackConfig from(Settings s) {
    Secret url = s.secret("url");
    checkUrl(s.key("url"), url);
    return new SlackConfig(url);
  }

  /** Checks a webhook URL without ever putting it into the message. */
  public static URI checkUrl(String key, Secret url) {
    try {
      URI uri = URI.create(url.reveal().trim());
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException();
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": expected an http(s) URL (value not shown: it is a secret)");
    }
  }
}
