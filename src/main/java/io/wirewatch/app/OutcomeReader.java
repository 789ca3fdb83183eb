package io.wirewatch.app;

import io.wirewatch.model.Alert;
import io.wirewatch.model.Decision;
import io.wirewatch.model.Story;
import io.wirewatch.model.Topics;
import io.wirewatch.model.Topics.Headers;
import io.wirewatch.model.WireItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads committed items, decisions, dead-letters, merged stories and alerts from the start of their topics,
 * without a consumer group: what {@code replay} waits on and what {@code demo} prints.
 */
final class OutcomeReader implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OutcomeReader.class);

  private final KafkaConsumer<String, byte[]> consumer;
  private final Topics topics;

  OutcomeReader(AppConfig config) {
    this.topics = config.topicNames();
    Map<String, Object> cfg = new HashMap<>(config.clientConfig("consumer"));
    cfg.remove(ConsumerConfig.GROUP_ID_CONFIG);
    cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    cfg.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    this.consumer = new KafkaConsumer<>(cfg, new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (String t : List.of(topics.items().name(), topics.decisions().name(), topics.dlq().name(),
        topics.stories().name(), topics.alerts().name())) {
      consumer.partitionsFor(t, Duration.ofSeconds(30))
          .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** The outcomes that arrived within {@code wait}. */
  List<Outcome> poll(Duration wait) {
    List<Outcome> out = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> r : consumer.poll(wait)) {
      if (r.topic().equals(topics.dlq().name())) {
        out.add(new Outcome.Rejected(Headers.text(r.headers(), Headers.SOURCE, r.key()), Headers.text(r.headers(), Headers.ERROR_REASON, "unknown"),
            Headers.text(r.headers(), Headers.ERROR_MESSAGE, "")));
        continue;
      }
      try {
        if (r.topic().equals(topics.items().name())) {
          WireItem item = topics.items().valueSerde().deserializer().deserialize(r.topic(), r.value());
          if (item != null) {
            out.add(new Outcome.Parsed(item));
          }
        } else if (r.topic().equals(topics.decisions().name())) {
          Decision d = topics.decisions().valueSerde().deserializer().deserialize(r.topic(), r.value());
          if (d != null) {
            out.add(new Outcome.Decided(d));
          }
        } else if (r.topic().equals(topics.alerts().name())) {
          Alert a = topics.alerts().valueSerde().deserializer().deserialize(r.topic(), r.value());
          if (a != null) {
            out.add(new Outcome.Alerted(a));
          }
        } else {
          Story s = topics.stories().valueSerde().deserializer().deserialize(r.topic(), r.value());
          if (s != null && !s.items().isEmpty()) {
            out.add(new Outcome.Merged(s.items().get(s.items().size() - 1).source(), s));
          }
        }
      } catch (SerializationException e) {
        LOG.warn("unreadable record at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.getMessage());
      }
    }
    return out;
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
