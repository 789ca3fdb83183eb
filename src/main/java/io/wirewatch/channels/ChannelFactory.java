package io.wirewatch.channels;

import io.wirewatch.channels.console.ConsoleChannel;
import io.wirewatch.channels.email.EmailChannel;
import io.wirewatch.channels.email.EmailConfig;
import io.wirewatch.channels.slack.SlackChannel;
import io.wirewatch.channels.slack.SlackConfig;
import io.wirewatch.channels.teams.TeamsChannel;
import io.wirewatch.channels.teams.TeamsConfig;
import io.wirewatch.channels.webhook.WebhookChannel;
import io.wirewatch.channels.webhook.WebhookConfig;
import java.io.PrintStream;
import java.time.Clock;

/** Builds the channel a {@link ChannelSpec} names, with its typed config cut from the spec's settings. */
public final class ChannelFactory {
  private final HttpPoster http;
  private final Clock clock;
  private final PrintStream console;
  private final String storyUrl;

  public ChannelFactory(HttpPoster http, Clock clock, PrintStream console, String storyUrl) {
    this.http = http;
    this.clock = clock;
    this.console = console;
    this.storyUrl = storyUrl;
  }

  public AlertChannel create(ChannelSpec spec) {
    Settings s = spec.settings();
    return switch (spec.type()) {
      case "slack" -> SlackChannel.create(spec.name(), SlackConfig.from(s), http, spec.retry().timeout(), storyUrl);
      case "teams" -> TeamsChannel.create(spec.name(), TeamsConfig.from(s), http, spec.retry().timeout(), storyUrl);
      case "webhook" -> new WebhookChannel(spec.name(), WebhookConfig.from(s), http, spec.retry().timeout(), clock);
      case "email" -> new EmailChannel(spec.name(), EmailConfig.from(s), spec.retry().timeout(), storyUrl);
      case "console" -> new ConsoleChannel(spec.name(), console, storyUrl);
      default -> throw new IllegalArgumentException("Unknown value '" + spec.type()
          + "' encountered for property " + s.key("type"));
    };
  }
}
