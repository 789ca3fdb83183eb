package io.wirewatch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.wirewatch.channels.TestAlerts;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Json;
import io.wirewatch.model.Severity;
import io.wirewatch.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicCountsTest {
  private static final Instant NOW = Instant.parse("2022-09-14T09:00:01Z");
  private final Topics topics = new Topics("t.");
  private final Meters meters = new Meters();
  private final TopicCounts counts =
      new TopicCounts(topics, meters, Clock.fixed(NOW, ZoneOffset.UTC), NOW.minus(Duration.ofMinutes(1)));

  @Test
  void shouldCountItemsByAgencyAndFormat() {
    // given two items from Reuters and one from AP
    byte[] reuters = utf8("{\"uri\":\"u1\",\"agency\":\"Reuters\",\"format\":\"ninjs-2\",\"headline\":\"h\"}");
    byte[] ap = utf8("{\"uri\":\"u2\",\"agency\":\"AP\",\"format\":\"anpa-1312\",\"headline\":\"h\"}");

    // when
    counts.count(topics.items().name(), reuters, h -> null);
    counts.count(topics.items().name(), reuters, h -> null);
    counts.count(topics.items().name(), ap, h -> null);

    // then
    assertThat(counter(MeterNames.ITEMS_RECEIVED, "agency", "reuters", "format", "ninjs-2")).isEqualTo(2);
    assertThat(counter(MeterNames.ITEMS_RECEIVED, "agency", "ap", "format", "anpa-1312")).isEqualTo(1);
  }

  @Test
  void shouldCountDeadLettersByStageAndReasonFromTheirHeaders() {
    Map<String, String> headers = Map.of(Topics.Headers.ERROR_STAGE, "parse", Topics.Headers.ERROR_REASON, "dtd_forbidden");

    counts.count(topics.dlq().name(), utf8("<!DOCTYPE x>"), headers::get);

    assertThat(counter(MeterNames.PARSE_FAILURES, "stage", "parse", "reason", "dtd_forbidden")).isEqualTo(1);
  }

  @Test
  void shouldCountDecisionsWhoseVersionTimeWasClampedByDirection() {
    counts.count(topics.decisions().name(), utf8("{\"uri\":\"a\",\"status\":\"new\","
        + "\"versionCreated\":\"9999-01-01T00:00:00Z\",\"eventTime\":\"2022-09-14T09:05:00Z\"}"), h -> null);
    counts.count(topics.decisions().name(), utf8("{\"uri\":\"b\",\"status\":\"new\","
        + "\"versionCreated\":\"2022-09-14T09:00:00Z\",\"eventTime\":\"2022-09-14T09:00:00Z\"}"), h -> null);

    assertThat(counter(MeterNames.EVENT_TIME_CLAMPED, "direction", "future")).isEqualTo(1);
    assertThat(meters.registry().find(MeterNames.EVENT_TIME_CLAMPED).tag("direction", "past").counter()).isNull();
  }

  @Test
  void shouldCountDecisionsByStatusAndDuplicatesApart() {
    counts.count(topics.decisions().name(), utf8("{\"uri\":\"a\",\"status\":\"new\"}"), h -> null);
    counts.count(topics.decisions().name(), utf8("{\"uri\":\"b\",\"status\":\"duplicate\"}"), h -> null);

    assertThat(counter(MeterNames.DECISIONS, "status", "new")).isEqualTo(1);
    assertThat(counter(MeterNames.DECISIONS, "status", "duplicate")).isEqualTo(1);
    assertThat(meters.registry().get(MeterNames.DUPLICATES).counter().count()).isEqualTo(1);
  }

  @Test
  void shouldCountAlertsAndTimeIngestToAlertLatency() throws Exception {
    // given an alert raised 150 ms after its item arrived, read 1 s after it was raised
    Alert a = TestAlerts.of("a1", AlertType.ESCALATION, Severity.HIGH, "s1", null);
    Alert timed = new Alert(a.id(), a.type(), a.severity(), a.story(), a.storyHeadline(), a.itemUri(), a.source(),
        a.agency(), a.agencies(), a.title(), a.text(), a.desk(), NOW.minusSeconds(1),
        NOW.minusSeconds(1).minusMillis(150), null);

    // when
    counts.count(topics.alerts().name(), Json.mapper().writeValueAsBytes(timed), h -> null);

    // then
    assertThat(counter(MeterNames.ALERTS, "type", "ESCALATION", "severity", "high")).isEqualTo(1);
    Timer latency = meters.registry().get(MeterNames.ALERT_LATENCY).timer();
    assertThat(latency.count()).isEqualTo(1);
    assertThat(latency.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(150);
    assertThat(meters.registry().get(MeterNames.ALERT_VISIBLE_LATENCY).timer()
        .totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(1150);
    assertThat(meters.scrape()).contains("wirewatch_alert_latency_seconds_bucket{")
        .contains("le=\"0.2\"").contains("wirewatch_alert_latency_seconds_count");
  }

  @Test
  void shouldCountButNotTimeAlertsRaisedBeforeTheAppStarted() throws Exception {
    // given an alert from history (raised two hours before the observer started)
    Alert a = TestAlerts.figure("f1", "s1", 49, 105);
    Alert old = new Alert(a.id(), a.type(), a.severity(), a.story(), a.storyHeadline(), a.itemUri(), a.source(),
        a.agency(), a.agencies(), a.title(), a.text(), a.desk(), NOW.minusSeconds(7200),
        NOW.minusSeconds(7201), a.details());

    counts.count(topics.alerts().name(), Json.mapper().writeValueAsBytes(old), h -> null);

    assertThat(counter(MeterNames.ALERTS, "type", "FIGURE_CHANGED", "severity", "high")).isEqualTo(1);
    assertThat(meters.registry().get(MeterNames.ALERT_LATENCY).timer().count()).isZero();
  }

  @Test
  void shouldSkipUnreadableRecordsWithoutCounting() {
    boolean read = counts.count(topics.decisions().name(), utf8("{not json"), h -> null);

    assertThat(read).isFalse();
    assertThat(meters.registry().find(MeterNames.DECISIONS).counters()).isEmpty();
  }

  @Test
  void shouldBoundAgencyTagsThatComeFromTheWire() {
    // given more distinct agency names than the limit (hostile or odd copy)
    for (int i = 0; i < 100; i++) {
      meters.itemReceived("Agency <" + i + ">", "text");
    }

    // then the series stay bounded and the rest count as "other"
    assertThat(meters.registry().find(MeterNames.ITEMS_RECEIVED).counters()).hasSizeLessThanOrEqualTo(65);
    assertThat(counter(MeterNames.ITEMS_RECEIVED, "agency", "other", "format", "text")).isEqualTo(100 - 64);
  }

  @Test
  void shouldCountDeliveriesRetriesAndDeadLettersPerChannel() {
    meters.delivery("newsroom", "slack", true, 1);
    meters.delivery("newsroom", "slack", true, 3);
    meters.delivery("newsroom", "slack", false, 5);

    assertThat(counter(MeterNames.DELIVERIES, "channel", "newsroom", "outcome", "delivered")).isEqualTo(2);
    assertThat(counter(MeterNames.DELIVERIES, "channel", "newsroom", "outcome", "dead_lettered")).isEqualTo(1);
    assertThat(counter(MeterNames.DELIVERY_RETRIES, "channel", "newsroom")).isEqualTo(2 + 4);
    assertThat(counter(MeterNames.DELIVERY_DEAD_LETTERS, "channel", "newsroom")).isEqualTo(1);
  }

  @Test
  void shouldTimeParsesByOutcomeThroughTheParseHook() {
    meters.parse().parsed(List.of(), 2_000_000);
    meters.parse().rejected(io.wirewatch.formats.RejectReason.EMPTY, 1_000_000);

    assertThat(meters.registry().get(MeterNames.PARSE_DURATION).tag("outcome", "accepted").timer().count()).isEqualTo(1);
    assertThat(meters.registry().get(MeterNames.PARSE_DURATION).tag("outcome", "rejected").timer().count()).isEqualTo(1);
  }

  private double counter(String name, String... tags) {
    return meters.registry().get(name).tags(tags).counter().count();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
