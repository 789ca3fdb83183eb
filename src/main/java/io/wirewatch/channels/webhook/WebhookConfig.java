package io.wirewatch.channels.webhook;

import io.wirewatch.channels.Secret;
import io.wirewatch.channels.Settings;
import io.wirewatch.channels.slack.SlackConfig;

/**
 * A generic webhook's settings: {@code url} (treated as a secret, since such URLs often carry a token) and
 * {@code secret}, the HMAC key for {@link Signature}; both usually {@code ${ENV_VAR}} references.
 */
public record WebhookConfig(Secret url, Secret secret) {

  public static WebhookConfig from(Settings s) {
    Secret url = s.secret("url");
    SlackConfig.checkUrl(s.key("url"), url);
    Secret secret = s.secret("secret");
    if (secret.reveal().length() < 16) {
      throw new IllegalArgumentException(s.key("secret") + ": use at least 16 characters");
    }
    return new WebhookConfig(url, secret);
  }
}
