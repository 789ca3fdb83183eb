package io.wirewatch.ingest;

import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Where transports hand over transmissions: bytes with their provenance, for {@code wire.raw}.
 * {@link RawProducer} is the Kafka implementation; tests use fakes.
 */
@FunctionalInterface
public interface RawSink {

  /**
   * Sends one transmission.
   *
   * @param key the record key (a content hash, or feed plus entry id)
   * @param source the provenance downstream records carry (a file name, a feed entry)
   * @param bytes the bytes exactly as received
   * @param formatHint what the transport believes the format is (never trusted), or null
   * @return the record's topic, partition and offset once written
   */
  Future<RecordMetadata> send(String key, String source, byte[] bytes, String formatHint);
}
