package io.wirewatch.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Records that a stage failed on and skipped. Kafka Streams logs and skips such a record and stays RUNNING,
 * so a stage that fails on every record (the decider stopped deciding) looked healthy; this counts the
 * failures so that readiness can say the pipeline is dropping records: {@link #dropping} is non-null while
 * at least {@code threshold} records failed within {@code window}.
 */
final class RecordFailures {
  /** The Streams config key under which the handler finds the instance to report to. */
  static final String CONFIG_KEY = "wirewatch.record.failures";

  private final int threshold;
  private final Duration window;
  private final Clock clock;
  private final Deque<Instant> recent = new ArrayDeque<>();
  private String lastNode = "";

  RecordFailures(int threshold, Duration window, Clock clock) {
    this.threshold = threshold;
    this.window = window;
    this.clock = clock;
  }

  synchronized void failed(String node) {
    recent.addLast(clock.instant());
    lastNode = node;
    trim();
  }

  /** Why the pipeline is not doing its work ("12 records failed in the last 10 s, last in decide-..."), or null. */
  synchronized String dropping() {
    trim();
    return recent.size() >= threshold ? recent.size() + " records failed in the last " + window.toSeconds()
        + " s (last in " + lastNode + ")" : null;
  }

  private void trim() {
    Instant oldest = clock.instant().minus(window);
    while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
      recent.removeFirst();
    }
    while (recent.size() > threshold * 4) {
      recent.removeFirst();
    }
  }

  /** Logs and skips the record as before, and reports it to the instance in the Streams config. */
  public static final class Handler extends LogAndContinueProcessingExceptionHandler {
    private RecordFailures failures;

    @Override
    public void configure(Map<String, ?> configs) {
      super.configure(configs);
      failures = configs.get(CONFIG_KEY) instanceof RecordFailures f ? f : null;
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
      if (failures != null) {
        failures.failed(context.processorNodeId());
      }
      return super.handleError(context, record, exception);
    }
  }
}
