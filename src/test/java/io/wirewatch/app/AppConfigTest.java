package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.kafka.TopicSpec;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

  @Test
  void shouldPassKafkaSettingsThroughToEveryClientAndClientSpecificOnesToThatClientOnly() {
    Map<String, String> raw = new HashMap<>(AppConfig.bundledDefaults());
    raw.put("kafka.security.protocol", "SASL_SSL");
    raw.put("kafka.consumer.max.poll.records", "50");

    AppConfig cfg = AppConfig.fromMap(raw);

    assertThat(cfg.clientConfig("producer")).containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("acks", "all").doesNotContainKey("max.poll.records");
    assertThat(cfg.clientConfig("consumer")).containsEntry("max.poll.records", "50")
        .containsEntry("security.protocol", "SASL_SSL").doesNotContainKey("acks");
    assertThat(cfg.clientConfig("streams")).containsEntry("processing.guarantee", "exactly_once_v2");
  }

  @Test
  void shouldLetEnvironmentVariablesOverrideTheFileAndDefaults() {
    AppConfig cfg = AppConfig.load(null, Map.of("WIREWATCH_KAFKA_BOOTSTRAP_SERVERS", "broker-1:9092",
        "WIREWATCH_TOPICS_PREFIX", "desk1."));

    assertThat(cfg.bootstrapServers()).isEqualTo("broker-1:9092");
    assertThat(cfg.topicNames().raw().name()).isEqualTo("desk1.wire.raw");
  }

  @Test
  void shouldCreateEveryTopicWithItsPartitionsRetentionAndCompaction() {
    AppConfig cfg = AppConfig.fromMap(AppConfig.bundledDefaults());

    assertThat(cfg.topicSpecs()).extracting(TopicSpec::name).containsExactly("wire.raw", "wire.items",
        "wire.signatures", "wire.decisions", "wire.story-items", "wire.stories", "wire.alerts", "wire.dlq",
        "wire.alerts.delivered", "wire.alerts.undelivered");
    java.util.Map<String, TopicSpec> specs = cfg.topicSpecs().stream()
        .collect(java.util.stream.Collectors.toMap(TopicSpec::name, s -> s));
    assertThat(specs.get("wire.raw").partitions()).isEqualTo(1);
    assertThat(specs.get("wire.raw").configs()).containsEntry("retention.ms", "604800000");
    assertThat(specs.get("wire.signatures").partitions()).as("one deciding task sees arrival order").isEqualTo(1);
    assertThat(specs.get("wire.stories").configs()).containsEntry("cleanup.policy", "compact");
    assertThat(specs.get("wire.items").partitions()).isEqualTo(4);
    assertThat(specs.get("wire.alerts").configs()).doesNotContainKey("delivered.cleanup.policy");
    assertThat(specs.get("wire.alerts.delivered").configs()).containsEntry("cleanup.policy", "compact,delete");
  }

  @Test
  void shouldNameTheFullKeyWhenAValueIsBad() {
    Map<String, String> raw = new HashMap<>(AppConfig.bundledDefaults());
    raw.put("topics.partitions", "many");

    assertThatThrownBy(() -> AppConfig.fromMap(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("topics.partitions").hasMessageContaining("many");
  }

  @Test
  void shouldRejectAnUnknownKeyInTheFileNamingTheNearestKnownOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path typo = dir.resolve("typo.properties");
    java.nio.file.Files.writeString(typo, "topic.prefix=desk-\nkafka.client.id=free-pass-through\n");
    java.nio.file.Path fine = dir.resolve("fine.properties");
    java.nio.file.Files.writeString(fine, "topics.prefix=desk-\nkafka.client.id=x\ningest.feeds.mine.url=https://example.org/rss\n");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppConfig.load(typo, java.util.Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'topic.prefix'").hasMessageContaining("did you mean 'topics.prefix'");
    assertThat(AppConfig.load(fine, java.util.Map.of()).topics().prefix()).isEqualTo("desk-");
  }
}
