package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.ingest.TransportConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransportConfigsTest {

  private static TransportConfig parse(Map<String, String> overrides) {
    Map<String, String> raw = new HashMap<>(AppConfig.bundledDefaults());
    raw.putAll(overrides);
    return AppConfig.fromMap(raw).ingest().transports();
  }

  @Test
  void shouldReadTheDocumentedDefaults() {
    TransportConfig t = parse(Map.of());

    assertThat(t.httpToken()).isEmpty();
    assertThat(t.spool().dir()).isNull();
    assertThat(t.spool().archiveFor(Path.of("/in"))).isEqualTo(Path.of("/in/archive"));
    assertThat(t.spool().stableFor()).isEqualTo(Duration.ofSeconds(2));
    assertThat(t.feeds()).isEmpty();
    assertThat(t.feedDefaultInterval()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void shouldReadEachConfiguredFeedWithItsOwnOrTheDefaultInterval() {
    TransportConfig t = parse(Map.of(
        "ingest.feeds.world.url", "https://example.invalid/world.xml",
        "ingest.feeds.world.interval.ms", "60000",
        "ingest.feeds.sport.url", "http://example.invalid/sport.xml"));

    assertThat(t.feeds()).containsExactly(
        new TransportConfig.Feed("sport", URI.create("http://example.invalid/sport.xml"), Duration.ofMinutes(5)),
        new TransportConfig.Feed("world", URI.create("https://example.invalid/world.xml"), Duration.ofMinutes(1)));
  }

  @Test
  void shouldNameTheKeyOfABadFeedSetting() {
    assertThatThrownBy(() -> parse(Map.of("ingest.feeds.x.url", "ftp://example.invalid/x")))
        .hasMessageContaining("ingest.feeds.x.url");
    assertThatThrownBy(() -> parse(Map.of("ingest.feeds.y.interval.ms", "60000")))
        .hasMessageContaining("ingest.feeds.y.url");
    assertThatThrownBy(() -> parse(Map.of("ingest.spool.stable.ms", "soon")))
        .hasMessageContaining("ingest.spool.stable.ms");
  }
}
