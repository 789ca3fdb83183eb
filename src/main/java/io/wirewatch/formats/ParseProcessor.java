package io.wirewatch.formats;

import io.wirewatch.model.RecordLimits;
import io.wirewatch.model.Topics.Headers;
import io.wirewatch.model.WireItem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parses one raw record; never throws, so bad input can never stop the stream thread. */
final class ParseProcessor implements Processor<String, byte[], String, ParseOutput> {
  private static final Logger LOG = LoggerFactory.getLogger(ParseProcessor.class);
  static final String STAGE = "parse";

  private final WireParsers parsers;
  private final ParseMetrics metrics;
  private ProcessorContext<String, ParseOutput> context;

  ParseProcessor(WireParsers parsers, ParseMetrics metrics) {
    this.parsers = parsers;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, ParseOutput> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, byte[]> record) {
    String source = Headers.text(record.headers(), Headers.SOURCE, record.key());
    Instant receivedAt = receivedAt(record);
    byte[] bytes = record.value() == null ? new byte[0] : record.value();
    long start = System.nanoTime();
    ParseResult result;
    try {
      result = parsers.parse(bytes, source);
    } catch (RuntimeException e) {
      result = new ParseResult.Rejected(RejectReason.SCHEMA_INVALID, "parser failed: " + e, null);
    }
    measure(result, System.nanoTime() - start);
    switch (result) {
      case ParseResult.Accepted accepted -> {
        for (WireItem item : accepted.items()) {
          Optional<String> refused = RecordLimits.refusal(item);
          if (refused.isPresent()) {
            reject(record, bytes, source, new ParseResult.Rejected(RejectReason.OVERSIZE, refused.get(), null));
            continue;
          }
          WireItem stamped = RecordLimits.bounded(item.withProvenance(source, receivedAt));
          context.forward(record.withKey(stamped.uri()).withValue(new ParseOutput.Item(stamped)));
        }
      }
      case ParseResult.Rejected rejected -> reject(record, bytes, source, rejected);
    }
  }

  private void reject(Record<String, byte[]> record, byte[] bytes, String source, ParseResult.Rejected rejected) {
    String message = RecordLimits.cut(rejected.message(), RecordLimits.ERROR_MESSAGE_CHARS);
    LOG.info("rejected {} ({}): {}", source, rejected.reason().code(), message);
    Record<String, ParseOutput> out =
        record.withValue(new ParseOutput.Rejected(bytes));
    out.headers()
        .add(Headers.ERROR_REASON, utf8(rejected.reason().code()))
        .add(Headers.ERROR_MESSAGE, utf8(message))
        .add(Headers.ERROR_STAGE, utf8(STAGE))
        .add(Headers.ERROR_CLASS, utf8(RejectedInputException.class.getName()));
    context.forward(out);
  }

  private void measure(ParseResult result, long nanos) {
    try {
      switch (result) {
        case ParseResult.Accepted a -> metrics.parsed(a.items(), nanos);
        case ParseResult.Rejected r -> metrics.rejected(r.reason(), nanos);
      }
    } catch (RuntimeException e) {
      LOG.debug("parse metrics failed: {}", e.toString());
    }
  }

  private static Instant receivedAt(Record<String, byte[]> record) {
    String text = Headers.text(record.headers(), Headers.RECEIVED_AT, null);
    if (text != null) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        LOG.debug("ignoring unreadable receivedAt header '{}'", text);
      }
    }
    return Instant.ofEpochMilli(record.timestamp());
  }

  private static byte[] utf8(String s) {
    return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
  }
}
