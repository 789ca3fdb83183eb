package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.kafka.EmbeddedKafka;
import io.wirewatch.testing.TestConfigs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the pipeline share one application id on a real broker; the one doing the work is stopped
 * in the middle of a replay. The other takes over from the changelogs: every item is decided exactly once,
 * with the same verdicts and the same alerts as an uninterrupted run, none lost and none twice.
 */
@Tag("integration")
@Timeout(400)
class FailoverIT {

  @Test
  void shouldDecideAndAlertExactlyOnceWhenTheActiveInstanceStopsMidReplay(@TempDir Path dir) throws Exception {
    List<Path> files = ReplayOutcomes.sampleFeed(dir.resolve("feed"));
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      // given what one uninterrupted instance decides and raises
      AppConfig alone = TestConfigs.isolated(kafka.bootstrapServers(), Map.of("channels.enabled", "false"));
      Replay.Result uninterrupted;
      try (StreamsApp app = StreamsApp.start(alone, Duration.ofSeconds(90))) {
        uninterrupted = Replay.run(alone, files, Duration.ofSeconds(60));
      }
      List<Outcome> expected = ReplayOutcomes.settled(alone);

      // when two instances share the work and the active one stops after the first decisions
      AppConfig pair = TestConfigs.isolated(kafka.bootstrapServers(), Map.of("channels.enabled", "false"));
      StreamsApp first = StreamsApp.start(pair.withStateDir(StreamsApp.temporaryStateDir()), Duration.ofSeconds(90));
      StreamsApp second = StreamsApp.start(pair.withStateDir(StreamsApp.temporaryStateDir()),
          Duration.ofSeconds(90));
      Replay.Result failedOver;
      try {
        CompletableFuture<Replay.Result> replay = CompletableFuture.supplyAsync(
            () -> Replay.run(pair, files, Duration.ofSeconds(120)));
        ReplayOutcomes.awaitDecisions(pair, 3);
        StreamsApp active = activeTasks(first) >= activeTasks(second) ? first : second;
        StreamsApp survivor = active == first ? second : first;
        active.close();
        failedOver = replay.get();
        assertThat(survivor.failure()).isNull();
      } finally {
        first.close();
        second.close();
      }
      List<Outcome> actual = ReplayOutcomes.settled(pair);

      // then every file has one decision, the same as without the failover, and the same alerts, once each
      assertThat(uninterrupted.missing()).isEmpty();
      assertThat(failedOver.missing()).isEmpty();
      assertThat(ReplayOutcomes.decisionsPerFile(actual))
          .allSatisfy((file, n) -> assertThat(n).as(file).isEqualTo(1));
      assertThat(ReplayOutcomes.verdicts(actual)).isEqualTo(ReplayOutcomes.verdicts(expected)).isNotEmpty();
      assertThat(ReplayOutcomes.alertIds(actual)).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(ReplayOutcomes.alertIds(expected)).isNotEmpty();
    }
  }

  private static int activeTasks(StreamsApp app) {
    return app.streams().metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum();
  }
}
