package io.wirewatch.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Json;
import io.wirewatch.model.Topics;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * Turns what the pipeline committed to its topics into meter counts: items per agency and format, dead
 * letters per stage and reason, decisions per status, alerts per type and severity, and the ingest-to-alert
 * latencies. Counting committed output (rather than inside the processors) counts each record once even
 * when an exactly-once transaction is aborted and re-processed. Kafka-free: the consumer hands it values
 * and header lookups.
 */
public final class TopicCounts {
  private final Topics topics;
  private final Meters meters;
  private final Clock clock;
  private final Instant since;

  /**
   * @param since alerts raised before this (history read on a first start) count, but are not timed
   */
  public TopicCounts(Topics topics, Meters meters, Clock clock, Instant since) {
    this.topics = topics;
    this.meters = meters;
    this.clock = clock;
    this.since = since;
  }

  /** Counts one record of {@code topic}; returns false when it could not be read (it is then skipped). */
  public boolean count(String topic, byte[] value, Function<String, String> header) {
    try {
      if (topic.equals(topics.items().name())) {
        JsonNode n = tree(value);
        meters.itemReceived(text(n, "agency"), text(n, "format"));
      } else if (topic.equals(topics.dlq().name())) {
        meters.parseFailed(header.apply(Topics.Headers.ERROR_STAGE), header.apply(Topics.Headers.ERROR_REASON));
      } else if (topic.equals(topics.decisions().name())) {
        JsonNode n = tree(value);
        meters.decided(text(n, "status"));
        clamped(text(n, "versionCreated"), text(n, "eventTime"));
      } else if (topic.equals(topics.alerts().name())) {
        alert(topics.alerts().valueSerde().deserializer().deserialize(topic, value));
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** A decision whose event time is not its version time had its sender's clock overruled. */
  private void clamped(String versionCreated, String eventTime) {
    if (versionCreated == null || eventTime == null) {
      return;
    }
    Instant sent = Instant.parse(versionCreated);
    Instant used = Instant.parse(eventTime);
    if (!sent.equals(used)) {
      meters.eventTimeClamped(sent.isAfter(used) ? "future" : "past");
    }
  }

  private void alert(Alert a) {
    if (a == null) {
      return;
    }
    meters.alertRaised(a.type(), a.severity());
    if (a.receivedAt() == null || a.raisedAt() == null || a.raisedAt().isBefore(since)) {
      return;
    }
    meters.alertLatency(Duration.between(a.receivedAt(), a.raisedAt()));
    meters.alertVisibleLatency(Duration.between(a.receivedAt(), clock.instant()));
  }

  private static JsonNode tree(byte[] value) throws IOException {
    if (value == null) {
      throw new IOException("tombstone");
    }
    return Json.mapper().readTree(value);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
