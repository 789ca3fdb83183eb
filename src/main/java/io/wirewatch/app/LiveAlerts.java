package io.wirewatch.app;

import io.wirewatch.metrics.Meters;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Topic;
import io.wirewatch.web.AlertFeed;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills this instance's {@link AlertFeed} from wire.alerts: every partition (no consumer group, so each
 * instance's page shows every alert), read_committed, starting a few alerts back from the end of each
 * partition so the page has history, then following new alerts as they are committed.
 */
final class LiveAlerts implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveAlerts.class);

  private final KafkaConsumer<String, byte[]> consumer;
  private final Topic<String, Alert> topic;
  private final AlertFeed feed;
  private final int history;
  private final AutoCloseable binding;
  private final Thread loop;
  private volatile boolean running = true;

  private LiveAlerts(Map<String, Object> consumerConfig, Topic<String, Alert> topic, AlertFeed feed, int history,
      Meters meters) {
    Map<String, Object> c = new HashMap<>(consumerConfig);
    c.remove("group.id");
    c.put("enable.auto.commit", "false");
    c.put("isolation.level", "read_committed");
    c.putIfAbsent("client.id", "wirewatch-live-alerts-" + Long.toHexString(System.nanoTime()));
    this.consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
    this.topic = topic;
    this.feed = feed;
    this.history = history;
    this.binding = meters.bind(consumer);
    this.loop = Thread.ofPlatform().daemon().name("wirewatch-live-alerts").unstarted(this::run);
  }

  /** Starts following {@code topic}, with up to {@code history} earlier alerts per partition. */
  static LiveAlerts start(Map<String, Object> consumerConfig, Topic<String, Alert> topic, AlertFeed feed,
      int history, Meters meters) {
    LiveAlerts l = new LiveAlerts(consumerConfig, topic, feed, history, meters);
    l.loop.start();
    return l;
  }

  private void run() {
    try {
      List<TopicPartition> parts = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(parts);
      Map<TopicPartition, Long> begin = consumer.beginningOffsets(parts);
      consumer.endOffsets(parts).forEach((p, end) -> consumer.seek(p, Math.max(begin.get(p), end - history)));
      while (running) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          publish(r);
        }
      }
    } catch (WakeupException e) {
      // close() asked us to stop
    } catch (RuntimeException e) {
      LOG.warn("live alert feed stopped: {}", e.toString());
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void publish(ConsumerRecord<String, byte[]> r) {
    try {
      Alert a = topic.valueSerde().deserializer().deserialize(r.topic(), r.value());
      if (a != null) {
        feed.publish(a);
      }
    } catch (SerializationException e) {
      LOG.debug("unreadable alert {}-{}@{} skipped", r.topic(), r.partition(), r.offset());
    }
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      loop.join(Duration.ofSeconds(10));
      binding.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.debug("unbinding live alert metrics: {}", e.toString());
    }
  }
}
