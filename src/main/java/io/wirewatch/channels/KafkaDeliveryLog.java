package io.wirewatch.channels;

import io.wirewatch.model.AlertDelivery;
import io.wirewatch.model.Topic;
import io.wirewatch.model.Topics;
import io.wirewatch.model.UndeliveredAlert;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DeliveryLog} on Kafka: settled ids live in memory and on the compacted {@code wire.alerts.delivered}
 * topic, which {@link #catchUp()} reads (again) to its end; dead letters go to {@code wire.alerts.undelivered}.
 * Writes wait for the broker's acknowledgement.
 */
public final class KafkaDeliveryLog implements DeliveryLog, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaDeliveryLog.class);

  private final Producer<String, byte[]> producer;
  private final Consumer<String, byte[]> reader;
  private final Topic<String, AlertDelivery> delivered;
  private final Topic<String, UndeliveredAlert> undelivered;
  private final Clock clock;
  private final Map<String, String> settled = new ConcurrentHashMap<>();

  public KafkaDeliveryLog(Producer<String, byte[]> producer, Consumer<String, byte[]> reader,
      Topic<String, AlertDelivery> delivered, Topic<String, UndeliveredAlert> undelivered, Clock clock) {
    this.producer = producer;
    this.reader = reader;
    this.delivered = delivered;
    this.undelivered = undelivered;
    this.clock = clock;
  }

  /** A log with its own idempotent producer and a group-less reader, from Kafka client settings. */
  public static KafkaDeliveryLog create(Map<String, Object> consumer, Map<String, Object> producer, Topics topics,
      Clock clock) {
    Map<String, Object> reader = new java.util.HashMap<>(consumer);
    reader.remove("group.id");
    reader.put("isolation.level", "read_committed");
    Map<String, Object> writer = new java.util.HashMap<>(producer);
    writer.put("acks", "all");
    writer.put("enable.idempotence", "true");
    return new KafkaDeliveryLog(new KafkaProducer<>(writer, new StringSerializer(), new ByteArraySerializer()),
        new KafkaConsumer<>(reader, new StringDeserializer(), new ByteArrayDeserializer()),
        topics.alertsDelivered(), topics.alertsUndelivered(), clock);
  }

  /** Reads the delivered topic from where it stopped to its current end; returns how many ids are known. */
  public synchronized int catchUp() {
    if (reader.assignment().isEmpty()) {
      List<TopicPartition> parts = reader.partitionsFor(delivered.name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      reader.assign(parts);
      reader.seekToBeginning(parts);
    }
    Map<TopicPartition, Long> end = reader.endOffsets(reader.assignment());
    while (end.entrySet().stream().anyMatch(e -> reader.position(e.getKey()) < e.getValue())) {
      for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(200))) {
        remember(r);
      }
    }
    return settled.size();
  }

  private void remember(ConsumerRecord<String, byte[]> r) {
    if (r.value() == null) {
      settled.remove(r.key());
      return;
    }
    try {
      AlertDelivery d = delivered.valueSerde().deserializer().deserialize(r.topic(), r.value());
      settled.put(d.key(), d.outcome() == null ? AlertDelivery.DELIVERED : d.outcome());
    } catch (SerializationException e) {
      LOG.warn("skipping unreadable record {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.getMessage());
    }
  }

  @Override
  public boolean settled(String channel, String alertId) {
    return settled.containsKey(AlertDelivery.key(channel, alertId));
  }

  @Override
  public void delivered(String channel, String deliveryId, List<String> alertIds) {
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    for (String id : alertIds) {
      AlertDelivery d = new AlertDelivery(channel, id, deliveryId, AlertDelivery.DELIVERED, clock.instant());
      sent.add(send(delivered, d.key(), d));
      settled.put(d.key(), d.outcome());
    }
    await(sent);
  }

  @Override
  public void undelivered(List<UndeliveredAlert> alerts) {
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    for (UndeliveredAlert u : alerts) {
      sent.add(send(undelivered, u.alert().story(), u));
      AlertDelivery d = new AlertDelivery(u.channel(), u.alert().id(), u.deliveryId(), AlertDelivery.UNDELIVERED,
          u.failedAt());
      sent.add(send(delivered, d.key(), d));
      settled.put(d.key(), d.outcome());
    }
    await(sent);
  }

  private <V> Future<RecordMetadata> send(Topic<String, V> topic, String key, V value) {
    byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
    return producer.send(new ProducerRecord<>(topic.name(), key, bytes));
  }

  private static void await(List<Future<RecordMetadata>> sent) {
    try {
      for (Future<RecordMetadata> f : sent) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while recording deliveries", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot record deliveries: " + e.getCause().getMessage(), e.getCause());
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
    reader.close();
  }
}
