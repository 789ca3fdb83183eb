package io.wirewatch.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last guard of the record size discipline: a record Kafka refuses as too large, or one that cannot be
 * serialised, goes to the dead-letter topic with its reason (and the start of the input that caused it)
 * instead of stopping the stream thread, which would fail again on the same input at every restart. Other
 * send errors keep Kafka Streams' default (fail), since they are not about the record.
 */
public final class OversizeRecordHandler implements ProductionExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(OversizeRecordHandler.class);
  /** Streams config key naming the dead-letter topic. */
  public static final String DLQ_TOPIC_CONFIG = "wirewatch.dlq.topic";
  /** How much of the causing input a dead letter carries. */
  static final int KEPT_BYTES = 256 * 1024;

  private String dlq = "wire.dlq";

  @Override
  public void configure(Map<String, ?> configs) {
    Object t = configs.get(DLQ_TOPIC_CONFIG);
    if (t != null && !t.toString().isBlank()) {
      dlq = t.toString();
    }
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
      Exception exception) {
    if (!(exception instanceof RecordTooLargeException)) {
      return Response.fail();
    }
    int size = (record.key() == null ? 0 : record.key().length) + (record.value() == null ? 0 : record.value().length);
    return deadLetter(context, "record_too_large", "a record of " + size + " bytes for " + record.topic()
        + " exceeds the size limit: " + exception.getMessage());
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
      SerializationExceptionOrigin origin) {
    return deadLetter(context, "unserialisable", "cannot serialise the " + origin.name().toLowerCase(
        java.util.Locale.ROOT) + " of a record for " + record.topic() + ": " + exception);
  }

  private Response deadLetter(ErrorHandlerContext context, String reason, String message) {
    String stage = context == null ? "produce" : "produce:" + context.processorNodeId();
    LOG.warn("dead-lettering the input {} of {}: {}", context == null ? "?" : context.topic() + "-"
        + context.partition() + "@" + context.offset(), stage, message);
    RecordHeaders headers = new RecordHeaders();
    byte[] key = null;
    byte[] value = new byte[0];
    if (context != null) {
      for (Header h : context.headers()) {
        if (!h.key().startsWith("error.")) {
          headers.add(h.key(), h.value());
        }
      }
      key = context.sourceRawKey();
      byte[] raw = context.sourceRawValue();
      if (raw != null) {
        value = raw.length <= KEPT_BYTES ? raw : Arrays.copyOf(raw, KEPT_BYTES);
      }
    }
    headers.add("error.reason", utf8(reason))
        .add("error.message", utf8(message.length() > 1000 ? message.substring(0, 1000) : message))
        .add("error.stage", utf8(stage))
        .add("error.class", utf8(RecordTooLargeException.class.getName()));
    return Response.resume(List.of(new ProducerRecord<>(dlq, null, key, value, headers)));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
