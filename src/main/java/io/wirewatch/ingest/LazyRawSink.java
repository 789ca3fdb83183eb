package io.wirewatch.ingest;

import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * A sink whose Kafka producer is created on the first send, so a route that is never used opens no
 * connection; closing closes the producer if it was created.
 */
public final class LazyRawSink implements RawSink, AutoCloseable {
  private final Supplier<RawProducer> factory;
  private RawProducer producer;

  public LazyRawSink(Supplier<RawProducer> factory) {
    this.factory = factory;
  }

  @Override
  public synchronized Future<RecordMetadata> send(String key, String source, byte[] bytes, String formatHint) {
    if (producer == null) {
      producer = factory.get();
    }
    return producer.send(key, source, bytes, formatHint);
  }

  @Override
  public synchronized void close() {
    if (producer != null) {
      producer.close();
      producer = null;
    }
  }
}
