package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Json;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryStateTest {
  private static WireItem item(String uri, String version, String headline, String... body) {
    return new WireItem(uri, version, Instant.parse("2026-03-02T08:00:00Z"), null, "AFP", "en", headline,
        List.of(body), "slug", "PARIS", null, "By A. Writer", 3, PubStatus.USABLE, List.of("update"),
        "Editor's note", List.of(), List.of("place"), "file.xml", "ninjs", Instant.now());
  }

  @Test
  void shouldRememberTheTextOfEachUrisNewestVersionAndNoMetadata() throws Exception {
    StoryState s = StoryState.empty()
        .remember(item("urn:a", "1", "Ferry sinks", "Twelve people are missing."))
        .remember(item("urn:b", "1", "Port closed", "The port is closed."))
        .remember(item("urn:a", "2", "Ferry sinks off coast", "Fourteen people are missing."));

    assertThat(s.previousVersion("urn:a").body()).containsExactly("Fourteen people are missing.");
    assertThat(s.previousVersion("urn:b").headline()).isEqualTo("Port closed");
    assertThat(s.previousVersion("urn:c")).isNull();
    String json = new String(Json.mapper().writeValueAsBytes(s), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("Editor's note", "By A. Writer", "file.xml", "slug");
  }

  @Test
  void shouldReadStateWrittenWhenWholeItemsWereRemembered() throws Exception {
    String before = "{\"recentVersions\":[" + new String(Json.mapper().writeValueAsBytes(
        item("urn:a", "1", "Ferry sinks", "Twelve people are missing.")), java.nio.charset.StandardCharsets.UTF_8)
        + "]}";

    StoryState read = Json.mapper().readValue(before, StoryState.class);

    assertThat(read.previousVersion("urn:a").headline()).isEqualTo("Ferry sinks");
    assertThat(read.previousVersion("urn:a").body()).containsExactly("Twelve people are missing.");
  }
}
