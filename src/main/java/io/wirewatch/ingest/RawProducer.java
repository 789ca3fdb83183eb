package io.wirewatch.ingest;

import io.wirewatch.model.Topics;
import io.wirewatch.model.Topics.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends transmissions, as bytes with their provenance, to {@code wire.raw}. Producers never parse: the
 * parse stage decides what the bytes are. Idempotent, acks=all. A transmission over the size limit is
 * not put on {@code wire.raw} at all: it goes straight to {@code wire.dlq} with reason {@code oversize} and
 * its first {@code maxBytes} bytes, so that nothing is lost silently and no broker limit is hit.
 */
public final class RawProducer implements RawSink, AutoCloseable {
  private final KafkaProducer<String, byte[]> producer;
  private final String topic;
  private final String dlqTopic;
  private final int maxBytes;
  private final Clock clock;

  public RawProducer(Map<String, Object> producerConfig, Topics topics, int maxBytes, Clock clock) {
    Map<String, Object> cfg = new HashMap<>(producerConfig);
    cfg.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
    cfg.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    cfg.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    cfg.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxBytes + (256 << 10));
    this.producer = new KafkaProducer<>(cfg, new StringSerializer(), new ByteArraySerializer());
    this.topic = topics.raw().name();
    this.dlqTopic = topics.dlq().name();
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  /**
   * Sends one transmission.
   *
   * @param key the record key (source id: feed plus file or entry, or a content hash)
   * @param source the provenance downstream records carry, e.g. the file's own name
   * @param bytes the bytes exactly as received
   * @param formatHint what the transport believes the format is (a hint, never trusted), or null
   */
  @Override
  public Future<RecordMetadata> send(String key, String source, byte[] bytes, String formatHint) {
    boolean oversize = bytes.length > maxBytes;
    ProducerRecord<String, byte[]> record = oversize
        ? new ProducerRecord<>(dlqTopic, key, Arrays.copyOf(bytes, maxBytes))
        : new ProducerRecord<>(topic, key, bytes);
    add(record, Headers.SOURCE, source);
    add(record, Headers.RECEIVED_AT, clock.instant().toString());
    if (formatHint != null) {
      add(record, Headers.FORMAT_HINT, formatHint);
    }
    if (oversize) {
      add(record, Headers.ERROR_REASON, "oversize");
      add(record, Headers.ERROR_MESSAGE, "transmission of " + bytes.length + " bytes exceeds ingest.max.bytes ("
          + maxBytes + "); the first " + maxBytes + " bytes are kept");
      add(record, Headers.ERROR_STAGE, "ingest");
      add(record, Headers.ERROR_CLASS, "oversize");
    }
    return producer.send(record);
  }

  private static void add(ProducerRecord<String, byte[]> record, String header, String value) {
    record.headers().add(header, value.getBytes(StandardCharsets.UTF_8));
  }

  public void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    producer.close();
  }
}
