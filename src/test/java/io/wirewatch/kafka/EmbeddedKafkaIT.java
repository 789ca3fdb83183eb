package io.wirewatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
@Timeout(120)
class EmbeddedKafkaIT {

  @Test
  void shouldAcknowledgeWritesAndKeepThemAcrossARestartOnTheSameDataDirectory(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("kafka");
    try (EmbeddedKafka kafka = EmbeddedKafka.start(data)) {
      TopicAdmin.ensureTopics(Map.of("bootstrap.servers", kafka.bootstrapServers()),
          List.of(new TopicSpec("t.persist", 1, (short) 1, Map.of())));
      try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of(
          ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
          new StringSerializer(), new StringSerializer())) {
        p.send(new ProducerRecord<>("t.persist", "k", "kept")).get();
      }
    }
    assertThat(Files.exists(data.resolve("metadata").resolve("meta.properties"))).isTrue();

    try (EmbeddedKafka again = EmbeddedKafka.start(data)) {
      assertThat(readAll(again.bootstrapServers(), "t.persist")).containsExactly("kept");
    }
  }

  @Test
  void shouldDeleteATemporaryDataDirectoryOnClose() {
    Path data;
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      data = kafka.dataDir();
      assertThat(Files.isDirectory(data)).isTrue();
    }
    assertThat(Files.exists(data)).isFalse();
  }

  static List<String> readAll(String bootstrap, String topic) {
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringDeserializer(), new StringDeserializer())) {
      TopicPartition tp = new TopicPartition(topic, 0);
      c.assign(List.of(tp));
      c.seekToBeginning(List.of(tp));
      List<String> out = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (out.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
          out.add(r.value());
        }
      }
      return out;
    }
  }
}
