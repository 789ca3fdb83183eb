package io.wirewatch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/** A sink that records what it was given, or fails every send while {@code failing} is set. */
final class FakeSink implements RawSink {
  record Sent(String key, String source, byte[] bytes) {}

  final List<Sent> sent = new ArrayList<>();
  boolean failing;

  @Override
  public Future<RecordMetadata> send(String key, String source, byte[] bytes, String formatHint) {
    if (failing) {
      return CompletableFuture.failedFuture(new IllegalStateException("broker down"));
    }
    sent.add(new Sent(key, source, bytes));
    return CompletableFuture.completedFuture(
        new RecordMetadata(new TopicPartition("wire.raw", 0), sent.size() - 1, 0, 0L, 0, 0));
  }
}
