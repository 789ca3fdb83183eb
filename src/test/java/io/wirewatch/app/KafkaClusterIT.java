package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.testing.TestConfigs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import kafka.server.BrokerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a 3-broker KRaft cluster (replication 3, min ISR 2) keeps deciding with one broker down,
 * and a broker lost in the middle of a replay changes nothing in what it decides and raises.
 */
@Tag("integration")
@Timeout(300)
class KafkaClusterIT {

  @Test
  void shouldKeepDecidingItemsWhenOneOfThreeBrokersStops(@TempDir Path dir) throws Exception {
    try (KafkaClusterTestKit cluster = threeBrokers()) {
      AppConfig cfg = replicated(cluster);

      try (StreamsApp app = StreamsApp.start(cfg, Duration.ofSeconds(90))) {
        Replay.Result before = Replay.run(cfg, items(dir.resolve("a"), "a", 3), Duration.ofSeconds(60));
        assertThat(before.missing()).isEmpty();

        BrokerServer victim = cluster.brokers().values().iterator().next();
        victim.shutdown();
        victim.awaitShutdown();

        Replay.Result after = Replay.run(cfg, items(dir.resolve("b"), "b", 3), Duration.ofSeconds(90));
        assertThat(after.missing()).as("items sent with one broker down").isEmpty();
        assertThat(app.failure()).isNull();
      }
    }
  }

  @Test
  void shouldDecideAndAlertAsAnUninterruptedRunWhenABrokerStopsMidReplay(@TempDir Path dir) throws Exception {
    List<Path> files = ReplayOutcomes.sampleFeed(dir.resolve("feed"));
    try (KafkaClusterTestKit cluster = threeBrokers()) {
      // given what the pipeline decides and raises with every broker up
      AppConfig calm = replicated(cluster);
      try (StreamsApp app = StreamsApp.start(calm, Duration.ofSeconds(90))) {
        assertThat(Replay.run(calm, files, Duration.ofSeconds(60)).missing()).isEmpty();
      }
      List<Outcome> expected = ReplayOutcomes.settled(calm);

      // when a broker stops after the first decisions of the same replay
      AppConfig stormy = replicated(cluster);
      Replay.Result result;
      try (StreamsApp app = StreamsApp.start(stormy, Duration.ofSeconds(90))) {
        CompletableFuture<Replay.Result> replay = CompletableFuture.supplyAsync(
            () -> Replay.run(stormy, files, Duration.ofSeconds(120)));
        ReplayOutcomes.awaitDecisions(stormy, 3);
        BrokerServer victim = cluster.brokers().values().iterator().next();
        victim.shutdown();
        victim.awaitShutdown();
        result = replay.get();
        assertThat(app.failure()).isNull();
      }
      List<Outcome> actual = ReplayOutcomes.settled(stormy);

      // then nothing is lost, nothing twice, and nothing different
      assertThat(result.missing()).isEmpty();
      assertThat(ReplayOutcomes.decisionsPerFile(actual))
          .allSatisfy((file, n) -> assertThat(n).as(file).isEqualTo(1));
      assertThat(ReplayOutcomes.verdicts(actual)).isEqualTo(ReplayOutcomes.verdicts(expected)).isNotEmpty();
      assertThat(ReplayOutcomes.alertIds(actual)).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(ReplayOutcomes.alertIds(expected)).isNotEmpty();
    }
  }

  private static KafkaClusterTestKit threeBrokers() throws Exception {
    TestKitNodes nodes = new TestKitNodes.Builder()
        .setNumBrokerNodes(3).setNumControllerNodes(1).setCombined(false)
        .setBootstrapMetadataVersion(MetadataVersion.LATEST_PRODUCTION).build();
    KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
        .setConfigProp("offsets.topic.replication.factor", "3")
        .setConfigProp("transaction.state.log.replication.factor", "3")
        .setConfigProp("transaction.state.log.min.isr", "2")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
    return cluster;
  }

  private static AppConfig replicated(KafkaClusterTestKit cluster) {
    return TestConfigs.isolated(cluster.bootstrapServers(), Map.of(
        "topics.replication.factor", "3", "topics.min.insync.replicas", "2", "channels.enabled", "false"));
  }

  private static List<Path> items(Path dir, String tag, int n) throws Exception {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      Path f = dir.resolve(tag + "-" + i + ".json");
      Files.writeString(f, """
          {"uri":"urn:cluster-test:%s-%d","type":"text","version":"1","versioncreated":"2022-09-13T10:0%d:00Z",
           "pubstatus":"usable","language":"en","headlines":[{"role":"main","value":"Cluster item %s %d"}],
           "bodies":[{"role":"main","contenttype":"text/plain","value":"Body of item %d."}]}
          """.formatted(tag, i, i, tag, i, i), StandardCharsets.UTF_8);
      out.add(f);
    }
    return out;
  }
}
