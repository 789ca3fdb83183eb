package io.wirewatch.metrics;

import io.wirewatch.model.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads wire.items, wire.dlq, wire.decisions and wire.alerts as the consumer group
 * {@code <application.id>-metrics} (read_committed) and counts them with {@link TopicCounts}. Instances
 * of one application share the group, so each record is counted by exactly one instance and the
 * instances' counters add up.
 */
public final class PipelineObserver implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineObserver.class);

  private final KafkaConsumer<String, byte[]> consumer;
  private final TopicCounts counts;
  private final List<String> topicNames;
  private final AutoCloseable binding;
  private final Thread loop;
  private volatile boolean running = true;

  private PipelineObserver(Map<String, Object> consumerConfig, Topics topics, TopicCounts counts, Meters meters) {
    this.consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
    this.counts = counts;
    this.topicNames = List.of(topics.items().name(), topics.dlq().name(), topics.decisions().name(),
        topics.alerts().name());
    this.binding = meters.bind(consumer);
    this.loop = Thread.ofPlatform().daemon().name("wirewatch-metrics-observer").unstarted(this::run);
  }

  /**
   * Starts observing.
   *
   * @param consumerConfig Kafka consumer settings (bootstrap servers, security)
   * @param groupId the consumer group, shared by the instances of one application
   */
  public static PipelineObserver start(Map<String, Object> consumerConfig, String groupId, Topics topics,
      TopicCounts counts, Meters meters) {
    Map<String, Object> c = new HashMap<>(consumerConfig);
    c.put("group.id", groupId);
    c.put("isolation.level", "read_committed");
    c.putIfAbsent("auto.offset.reset", "earliest");
    c.put("enable.auto.commit", "true");
    c.putIfAbsent("client.id", groupId + "-" + Long.toHexString(System.nanoTime()));
    PipelineObserver o = new PipelineObserver(c, topics, counts, meters);
    o.loop.start();
    return o;
  }

  private void run() {
    try {
      consumer.subscribe(topicNames);
      while (running) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (!counts.count(r.topic(), r.value(), name -> Topics.Headers.text(r.headers(), name, null))) {
            LOG.debug("metrics: unreadable record {}-{}@{} skipped", r.topic(), r.partition(), r.offset());
          }
        }
      }
    } catch (WakeupException e) {
      // close() asked us to stop
    } catch (RuntimeException e) {
      LOG.warn("metrics observer stopped: {}", e.toString());
    } finally {
      consumer.close(java.time.Duration.ofSeconds(5));
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
      LOG.debug("unbinding consumer metrics: {}", e.toString());
    }
  }
}
