package io.wirewatch.channels;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of channels.yaml: the channel's name and type, where its alerts come from, how it keeps from
 * flooding, how it retries, and its type-specific settings (read by that type's config record).
 */
public record ChannelSpec(String name, String type, Route route, Fatigue fatigue, RetryPolicy retry,
    Settings settings) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

  public ChannelSpec {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(fatigue, "fatigue");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(settings, "settings");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(settings.key("name") + ": expected lower-case letters, digits, '-' or '_', "
          + "got '" + name + "'");
    }
  }
}
