package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.ingest.FileSource;
import io.wirewatch.kafka.EmbeddedKafka;
import io.wirewatch.model.Decision;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.RecordLimits;
import io.wirewatch.testing.TestConfigs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile sizes and dates through a real broker with exactly-once on: each ends in a decision or a dead
 * letter with its reason, and the item sent after them is still decided (the stream threads live).
 */
@Tag("integration")
@Timeout(400)
class RecordDisciplineIT {
  private static EmbeddedKafka kafka;

  @BeforeAll
  static void startBroker() {
    kafka = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopBroker() {
    kafka.close();
  }

  private static Map<String, Outcome> replay(Path dir) {
    AppConfig cfg = TestConfigs.isolated(kafka.bootstrapServers(), Map.of());
    Replay.Result result;
    try (StreamsApp app = StreamsApp.start(cfg, Duration.ofSeconds(60))) {
      result = Replay.run(cfg, FileSource.expand(List.of(dir)), Duration.ofSeconds(60));
      assertThat(app.failure()).as("stream thread failure").isNull();
      assertThat(app.isRunning()).as("pipeline still running").isTrue();
    }
    assertThat(result.missing()).as("files without an outcome").isEmpty();
    return result.outcomes().entrySet().stream().filter(e -> Replay.verdict(e.getValue()) != null)
        .collect(Collectors.toMap(Map.Entry::getKey, e -> Replay.verdict(e.getValue())));
  }

  private static String ninjs(String uri, String version, Instant at, String headline, String body) {
    return """
        {"uri":"%s","type":"text","version":"%s","versioncreated":"%s","language":"en",
         "headline":"%s","body_text":"%s"}""".formatted(uri, version, at, headline, body);
  }

  private static String ninjs(String uri, String at, String headline, String body) {
    return """
        {"uri":"%s","type":"text","version":"1","versioncreated":"%s","language":"en",
         "headline":"%s","body_text":"%s"}""".formatted(uri, at, headline, body);
  }

  private static Decision decided(Map<String, Outcome> outcomes, String file) {
    assertThat(outcomes.get(file)).as(file).isInstanceOf(Outcome.Decided.class);
    return ((Outcome.Decided) outcomes.get(file)).decision();
  }

  @Test
  void shouldDecideOrDeadLetterEveryOversizedRecordAndKeepDeciding(@TempDir Path dir) throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Files.writeString(dir.resolve("01-huge-headline.json"),
        ninjs("urn:test:huge-headline", "1", now, "Flood warning ".repeat(70_000), "Rivers rose overnight."));
    Files.writeString(dir.resolve("02-huge-uri.json"),
        ninjs("urn:test:" + "u".repeat(500_000), "1", now, "Bridge closed", "A bridge was closed."));
    Files.writeString(dir.resolve("03-quotes.txt"), "Quoted everything\n\n" + "\"".repeat(1_000_000) + "\n");
    Files.write(dir.resolve("04-7901-huge-header.txt"), ("\u0001dpa0110 3 vm " + "h".repeat(1_000_000)
        + " /dpa-EN01\r\n\u0002Harbour reopens\r\n\r\n   Hamburg (dpa) - The harbour reopened.\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    String longBody = "The storm flooded the lower town and the council met again to count the damage. "
        .repeat(4_500);
    for (int v = 1; v <= 5; v++) {
      Files.writeString(dir.resolve("05-long-version-" + v + ".json"), ninjs("urn:test:long-" + v, "1",
          now.plusSeconds(v), "Storm floods lower town, report " + v, longBody + " Report number " + v + "."));
    }
    Files.writeString(dir.resolve("09-after.json"),
        ninjs("urn:test:after", "1", now.plusSeconds(60), "Ferry service resumes", "Ferries sailed again."));

    Map<String, Outcome> o = replay(dir);

    assertThat(decided(o, "01-huge-headline.json").headline()).hasSizeLessThan(1200)
        .contains(RecordLimits.MARKER);
    assertThat(o.get("02-huge-uri.json")).isInstanceOfSatisfying(Outcome.Rejected.class,
        r -> assertThat(r.reason()).isEqualTo("oversize"));
    decided(o, "03-quotes.txt");
    assertThat(o.get("04-7901-huge-header.txt")).isInstanceOfSatisfying(Outcome.Rejected.class,
        r -> assertThat(r.message()).hasSizeLessThan(1200));
    for (int v = 1; v <= 5; v++) {
      decided(o, "05-long-version-" + v + ".json");
    }
    assertThat(decided(o, "09-after.json").status()).isEqualTo(DecisionStatus.NEW);
  }

  @Test
  void shouldDecideItemsAfterExtremeDatesWithoutLosingDuplicatesOrStories(@TempDir Path dir) throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String quake = "A strong earthquake shook the coastal province of Talvera early on Monday, toppling the "
        + "old clock tower in the port town of Merano and cutting power to thousands of homes, the regional "
        + "civil protection office said. Rescuers searched two collapsed warehouses near the harbour.";
    Files.writeString(dir.resolve("01-quake.json"), ninjs("urn:test:quake", now.minus(Duration.ofHours(2))
        .toString(), "Earthquake topples clock tower in Merano", quake));
    Files.writeString(dir.resolve("02-far-future.json"), ninjs("urn:test:far", "+999999999-12-31T23:59:59Z",
        "Festival opens", "The annual lantern festival opened in the old quarter with music and dancing."));
    Files.writeString(dir.resolve("03-year-9999.json"), ninjs("urn:test:y9999", "9999-12-31T23:59:59Z",
        "Library extends hours", "The city library will stay open until midnight on weekdays."));
    Files.writeString(dir.resolve("04-before-1970.json"), ninjs("urn:test:y1900", "1900-01-01T00:00:00Z",
        "Museum shows old maps", "The museum opened an exhibition of hand-drawn sea charts."));
    Files.writeString(dir.resolve("05-three-years-ahead.json"), ninjs("urn:test:ahead",
        now.plus(Duration.ofDays(1095)).toString(), "Market hall renovated", "The market hall reopened."));
    Files.writeString(dir.resolve("06-copy.json"), ninjs("urn:test:quake-copy",
        now.minus(Duration.ofHours(1)).toString(), "Quake hits Talvera coast", quake));

    Map<String, Outcome> o = replay(dir);

    for (String f : List.of("02-far-future.json", "03-year-9999.json", "05-three-years-ahead.json")) {
      Decision d = decided(o, f);
      assertThat(d.eventTime()).as(f).isBefore(now.plus(Duration.ofHours(1)));
      assertThat(d.reasons()).as(f).anyMatch(r -> r.contains("event time clamped"));
    }
    assertThat(decided(o, "04-before-1970.json").eventTime()).isEqualTo(Instant.EPOCH);
    Decision copy = decided(o, "06-copy.json");
    assertThat(copy.status()).isEqualTo(DecisionStatus.DUPLICATE);
    assertThat(copy.duplicateOf()).isEqualTo("01-quake.json");
    assertThat(copy.story()).isEqualTo(decided(o, "01-quake.json").story());
  }
}
