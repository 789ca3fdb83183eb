package io.wirewatch.kafka;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Producer settings every exactly-once Streams application of wirewatch uses. With transactions v2 (KIP-890)
 * a broker refuses a batch whose sequence is not 0 while the partition holds no state for the producer's new
 * epoch; with several requests in flight, the second batch of a transaction can reach a partition before its
 * first one, and the broker logs an {@code OutOfOrderSequenceException} at ERROR before the producer retries.
 * Nothing is lost, but an operator reads an error on every busy commit. One request in flight per connection
 * keeps each partition's batches in order (the broker is one round trip away; throughput is set by batching).
 */
public final class TransactionalProducers {
  private TransactionalProducers() {}

  /** Streams properties (producer-prefixed) for an exactly-once application. */
  public static Map<String, Object> settings() {
    return Map.of(StreamsConfig.producerPrefix(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION), 1);
  }
}
