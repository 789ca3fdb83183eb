package io.wirewatch.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The story link every channel sends (console, Slack, Teams, mail all render {@link AlertView#storyUrl()})
 * must open the story on the newsroom page, which serves "/" and routes {@code #story/<id>} in its
 * script; a path such as {@code /stories/<id>} has no route and answers 404.
 */
class ShippedStoryLinkTest {

  @Test
  void shouldLinkAlertsToTheStoryRouteThePageServes() throws IOException {
    ChannelsConfig shipped = ChannelsYaml.load(Path.of("config", "channels.yaml"), Map.of());
    String page = Files.readString(Path.of("src", "main", "resources", "web", "app.js"), StandardCharsets.UTF_8);

    URI link = URI.create(AlertView.storyUrl(shipped.storyUrl(), "story-2024 harbour/1"));

    assertThat(link.getPath()).isEqualTo("/");
    assertThat(link.getRawFragment()).isEqualTo("story/story-2024%20harbour%2F1");
    assertThat(page).contains("location.hash.match(/^#story\\/(.+)$/)");
  }
}
