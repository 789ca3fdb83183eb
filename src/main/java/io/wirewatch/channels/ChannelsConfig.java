package io.wirewatch.channels;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * channels.yaml, parsed: the enabled channels and the settings they share.
 *
 * @param storyUrl link to a story page, with a {@code {story}} placeholder; blank = no link
 * @param maxAlertAge alerts older than this (by record time) are skipped rather than delivered, so a new
 *     dispatcher group does not flood channels with old alerts
 * @param channels the enabled channels, in file order
 */
public record ChannelsConfig(String storyUrl, Duration maxAlertAge, List<ChannelSpec> channels) {
  public ChannelsConfig {
    storyUrl = storyUrl == null ? "" : storyUrl;
    Objects.requireNonNull(maxAlertAge, "maxAlertAge");
    channels = List.copyOf(channels);
  }
}
