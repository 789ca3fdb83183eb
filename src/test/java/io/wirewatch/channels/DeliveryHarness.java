package io.wirewatch.channels;

import io.wirewatch.app.AppConfig;
import io.wirewatch.kafka.TopicAdmin;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Topic;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/** What the delivery integration tests share: own topics, a dispatcher from YAML, producing and reading. */
final class DeliveryHarness {
  final AppConfig cfg;
  final ByteArrayOutputStream console = new ByteArrayOutputStream();

  DeliveryHarness(AppConfig cfg) {
    this.cfg = cfg;
    TopicAdmin.ensureTopics(cfg.clientConfig("admin"), cfg.topicSpecs());
  }

  AlertDispatcher start(String yaml, Map<String, String> env, String group, Sleeper sleeper) {
    ChannelsConfig channels = ChannelsYaml.parse(yaml, env);
    return AlertDispatcher.start(new AlertDispatcher.Setup(cfg.clientConfig("consumer"),
        cfg.clientConfig("producer"), cfg.topicNames(), group, channels, Clock.systemUTC(), sleeper,
        new PrintStream(console, true, StandardCharsets.UTF_8), DeliveryListener.NONE));
  }

  void produce(Alert... alerts) {
    Topic<String, Alert> t = cfg.topicNames().alerts();
    try (KafkaProducer<String, Alert> p = new KafkaProducer<>(new HashMap<>(cfg.clientConfig("producer")),
        t.keySerde().serializer(), t.valueSerde().serializer())) {
      for (Alert a : alerts) {
        p.send(new ProducerRecord<>(t.name(), a.story(), a));
      }
      p.flush();
    }
  }

  /** Every record of {@code topic} so far. */
  <V> List<V> readAll(Topic<String, V> topic) {
    Map<String, Object> c = new HashMap<>(cfg.clientConfig("consumer"));
    try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(c, topic.keySerde().deserializer(),
        topic.valueSerde().deserializer())) {
      List<TopicPartition> parts = consumer.partitionsFor(topic.name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      Map<TopicPartition, Long> end = consumer.endOffsets(parts);
      List<V> out = new ArrayList<>();
      while (parts.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<String, V> r : consumer.poll(Duration.ofMillis(200))) {
          out.add(r.value());
        }
      }
      return out;
    }
  }

  /** True when {@code group} has committed every alert record produced so far. */
  boolean committedToEnd(String group) {
    try (Admin admin = Admin.create(cfg.clientConfig("admin"))) {
      Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
      String topic = cfg.topicNames().alerts().name();
      List<TopicPartition> parts = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS)
          .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      parts.forEach(p -> latest.put(p, OffsetSpec.latest()));
      var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
      return parts.stream().allMatch(p -> ends.get(p).offset() == 0
          || committed.get(p) != null && committed.get(p).offset() == ends.get(p).offset());
    } catch (Exception e) {
      return false;
    }
  }

  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(50);
    }
  }
}
