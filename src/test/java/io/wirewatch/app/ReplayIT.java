package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirewatch.ingest.FileSource;
import io.wirewatch.kafka.EmbeddedKafka;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.testing.TestConfigs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** End to end through a real broker: files -> wire.raw -> parse -> versions -> wire.decisions | wire.dlq. */
@Tag("integration")
@Timeout(300)
class ReplayIT {
  private static EmbeddedKafka kafka;

  @BeforeAll
  static void startBroker() {
    kafka = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopBroker() {
    kafka.close();
  }

  private static Replay.Result replay(List<Path> files) {
    AppConfig cfg = TestConfigs.isolated(kafka.bootstrapServers(), Map.of());
    try (StreamsApp app = StreamsApp.start(cfg, Duration.ofSeconds(60))) {
      return Replay.run(cfg, files, Duration.ofSeconds(30));
    }
  }

  @Test
  void shouldDecideEveryItemOfTheSampleFeedAndDeadLetterTheBrokenOne(@TempDir Path dir) throws Exception {
    for (SampleFeed.Entry e : SampleFeed.load()) {
      Files.write(dir.resolve(e.name()), e.bytes());
    }
    List<Path> files = FileSource.expand(List.of(dir));

    Replay.Result result = replay(files);

    assertThat(result.missing()).isEmpty();
    Map<String, Outcome> first = firstOutcomes(result);
    assertThat(first.values()).filteredOn(o -> o instanceof Outcome.Rejected)
        .singleElement()
        .satisfies(o -> assertThat(((Outcome.Rejected) o).reason()).isEqualTo("malformed_json"));
    List<DecisionStatus> statuses = first.values().stream().filter(o -> o instanceof Outcome.Decided)
        .map(o -> ((Outcome.Decided) o).decision().status()).toList();
    assertThat(statuses).contains(DecisionStatus.NEW, DecisionStatus.UPDATE, DecisionStatus.KILL);
  }

  @Test
  void shouldDecideEveryFileOfTheDevCorpus(@TempDir Path out) throws Exception {
    assumeTrue(TestConfigs.sharedPresent("corpus/dev/items"), "../shared/corpus/dev absent: skipped");
    Path items = TestConfigs.shared().resolve("corpus/dev/items");
    List<Path> files = FileSource.expand(List.of(items));

    Replay.Result result = replay(files);

    assertThat(result.missing()).as("files without a decision").isEmpty();
    assertThat(firstOutcomes(result).values()).as("every dev file is an accepted item")
        .allMatch(o -> o instanceof Outcome.Decided);
    Path decisions = out.resolve("decisions.jsonl");
    try (var w = Files.newBufferedWriter(decisions, StandardCharsets.UTF_8)) {
      ReplayWriter.write(result, w);
    }
    assertThat(Files.readAllLines(decisions)).filteredOn(l -> l.contains("\"type\":\"item\""))
        .hasSize(files.size());
    printScore(decisions);
    Map<String, io.wirewatch.model.Decision> decided = new java.util.LinkedHashMap<>();
    firstOutcomes(result).forEach((f, o) -> decided.put(f, ((Outcome.Decided) o).decision()));
    io.wirewatch.eval.Scores scores = io.wirewatch.eval.Scores.of(
        TestConfigs.shared().resolve("corpus/dev/labels.json"), decided);
    System.out.println("dev corpus through Kafka: " + scores);
    assertThat(scores.storyF1()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.dupF1()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.statusAccuracy()).isGreaterThanOrEqualTo(0.95);

    List<io.wirewatch.model.Alert> alerts = result.outcomes().values().stream().flatMap(List::stream)
        .filter(o -> o instanceof Outcome.Alerted).map(o -> ((Outcome.Alerted) o).alert()).distinct().toList();
    io.wirewatch.eval.AlertScores alertScores = io.wirewatch.eval.AlertScores.of(
        TestConfigs.shared().resolve("corpus/dev/labels.json"), alerts);
    System.out.println("dev corpus alerts through Kafka: " + alertScores);
    assertThat(alertScores.found("FIGURE_CHANGED")).isGreaterThanOrEqualTo(
        (int) Math.ceil(0.9 * alertScores.expected("FIGURE_CHANGED")));
    assertThat(alertScores.falseAlarms("FIGURE_CHANGED")).isLessThanOrEqualTo(2);
    assertThat(alertScores.found("FIGURE_CONFLICT")).isEqualTo(alertScores.expected("FIGURE_CONFLICT"));
    assertThat(alertScores.found("ESCALATION")).isEqualTo(alertScores.expected("ESCALATION"));
    assertThat(alertScores.falseAlarms("ESCALATION")).isLessThanOrEqualTo(1);
    for (String type : List.of("KILL", "CORRECTION", "HEADLINE_MISMATCH")) {
      assertThat(alertScores.found(type)).as(type).isEqualTo(alertScores.expected(type));
      assertThat(alertScores.falseAlarms(type)).as(type).isZero();
    }
  }

  @Test
  void shouldDecideTheSameWhenThePipelineRestartsInTheMiddleOfAReplay() throws Exception {
    assumeTrue(TestConfigs.sharedPresent("corpus/dev/items"), "../shared/corpus/dev absent: skipped");
    List<Path> files = FileSource.expand(List.of(TestConfigs.shared().resolve("corpus/dev/items")));
    Map<String, String> uninterrupted = verdicts(replay(files));

    AppConfig cfg = TestConfigs.isolated(kafka.bootstrapServers(), Map.of());
    int half = files.size() / 2;
    Replay.Result first;
    Replay.Result second;
    try (StreamsApp app = StreamsApp.start(cfg, Duration.ofSeconds(60))) {
      first = Replay.run(cfg, files.subList(0, half), Duration.ofSeconds(30));
    }
    AppConfig fresh = cfg.withStateDir(StreamsApp.temporaryStateDir());
    try (StreamsApp app = StreamsApp.start(fresh, Duration.ofSeconds(60))) {
      second = Replay.run(fresh, files.subList(half, files.size()), Duration.ofSeconds(30));
    }

    Map<String, String> restarted = new java.util.HashMap<>(verdicts(first));
    restarted.putAll(verdicts(second));
    assertThat(restarted).isEqualTo(uninterrupted);
  }

  /** file -> "status story duplicateOf", the whole of what a decision says. */
  private static Map<String, String> verdicts(Replay.Result result) {
    return firstOutcomes(result).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
      var d = ((Outcome.Decided) e.getValue()).decision();
      return d.status().id() + " " + d.story() + " " + d.duplicateOf();
    }));
  }

  @Test
  void shouldRejectEveryHostileFileWithAReasonAndAcceptTheNastyButValidOne() {
    assumeTrue(TestConfigs.sharedPresent("corpus/bad"), "../shared/corpus/bad absent: skipped");
    List<Path> files = FileSource.expand(List.of(TestConfigs.shared().resolve("corpus/bad"))).stream()
        .filter(p -> !p.getFileName().toString().startsWith("README")).toList();

    Replay.Result result = replay(files);

    assertThat(result.missing()).isEmpty();
    Map<String, String> reasons = firstOutcomes(result).entrySet().stream().collect(Collectors.toMap(
        Map.Entry::getKey, e -> e.getValue() instanceof Outcome.Rejected r ? r.reason() : "accepted"));
    assertThat(reasons).containsEntry("01-truncated.json", "malformed_json")
        .containsEntry("02-xxe.xml", "dtd_forbidden")
        .containsEntry("03-billion-laughs.xml", "dtd_forbidden")
        .containsEntry("04-empty.json", "empty")
        .containsEntry("05-binary-garbage.json", "undecodable")
        .containsEntry("06-missing-uri-headline.json", "schema_invalid")
        .containsEntry("07-huge-body.json", "oversize")
        .containsEntry("08-script-and-slack-markup.json", "accepted")
        .containsEntry("09-invalid-utf8.json", "undecodable")
        .containsEntry("10-7901-no-etx.txt", "truncated_transmission");
  }

  @Test
  void shouldDecideALongRunOnItemWithoutHoldingUpTheItemsBehindIt(@TempDir Path dir) throws Exception {
    String runOn = "five people were shot and troops shelled the town as a man, two women and ".repeat(11_000);
    Files.writeString(dir.resolve("1-run-on.json"), """
        {"uri":"urn:test:run-on","type":"text","version":"1","versioncreated":"2022-09-14T10:00:00Z",
         "language":"en","headline":"Clashes spread","body_text":"%s"}""".formatted(runOn));
    Files.writeString(dir.resolve("2-after.json"), """
        {"uri":"urn:test:after","type":"text","version":"1","versioncreated":"2022-09-14T11:00:00Z",
         "language":"en","headline":"Storm nears coast","body_text":"Officials evacuated 3,000 people."}""");

    Replay.Result result = replay(FileSource.expand(List.of(dir)));

    assertThat(result.missing()).isEmpty();
    assertThat(firstOutcomes(result).values()).hasSize(2).allMatch(o -> o instanceof Outcome.Decided);
  }

  private static Map<String, Outcome> firstOutcomes(Replay.Result result) {
    return result.outcomes().entrySet().stream().filter(e -> Replay.verdict(e.getValue()) != null)
        .collect(Collectors.toMap(Map.Entry::getKey, e -> Replay.verdict(e.getValue())));
  }

  private static void printScore(Path decisions) throws Exception {
    Path score = TestConfigs.shared().resolve("eval/score.py");
    Path labels = TestConfigs.shared().resolve("corpus/dev/labels.json");
    if (!Files.exists(score)) {
      return;
    }
    try {
      Process p = new ProcessBuilder("python3", score.toString(), labels.toString(), decisions.toString())
          .redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      System.out.println("dev corpus score:\n" + text);
    } catch (java.io.IOException e) {
      System.out.println("python3 not available; score not computed");
    }
  }

}
