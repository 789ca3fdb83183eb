package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code /health/ready} tells the truth on a real broker: it turns false within 10 s of a stream thread dying
 * or a topic the pipeline reads disappearing, so an orchestrator stops routing to a pipeline that decides
 * nothing.
 */
@Tag("integration")
@Timeout(300)
class ReadinessIT {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  void shouldTurnNotReadyWithinTenSecondsOfAStreamThreadDying() throws Exception {
    try (PipelineHarness h = new PipelineHarness(Map.of("channels.enabled", "false"), (app, r) -> r)) {
      // given a ready pipeline
      assertThat(ready(h).statusCode()).isEqualTo(200);

      // when its stream threads die (an interrupt is fatal to a stream thread, as an Error would be)
      List<Thread> threads = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().startsWith(h.config.applicationId()) && t.getName().contains("StreamThread"))
          .toList();
      assertThat(threads).isNotEmpty();
      long killed = System.nanoTime();
      threads.forEach(Thread::interrupt);

      // then readiness says so, with the reason, within 10 s
      HttpResponse<String> answer = awaitNotReady(h);
      assertThat(Duration.ofNanos(System.nanoTime() - killed)).isLessThanOrEqualTo(Duration.ofSeconds(10));
      assertThat(answer.statusCode()).isEqualTo(503);
      JsonNode body = Json.mapper().readTree(answer.body());
      assertThat(body.get("status").asText()).isEqualTo("not ready");
      assertThat(body.get("streams").asText()).isNotEqualTo("RUNNING");
    }
  }

  @Test
  void shouldTurnNotReadyWithinTenSecondsOfATopicItReadsDisappearing() throws Exception {
    try (PipelineHarness h = new PipelineHarness(Map.of("channels.enabled", "false"), (app, r) -> r)) {
      // given a ready pipeline
      assertThat(ready(h).statusCode()).isEqualTo(200);
      String items = h.config.topicNames().items().name();

      // when an operator deletes the topic of parsed items
      long deleted = System.nanoTime();
      try (Admin admin = Admin.create(h.config.clientConfig("admin"))) {
        admin.deleteTopics(List.of(items)).all().get();
      }

      // then readiness says so within 10 s
      HttpResponse<String> answer = awaitNotReady(h);
      assertThat(Duration.ofNanos(System.nanoTime() - deleted)).isLessThanOrEqualTo(Duration.ofSeconds(10));
      JsonNode body = Json.mapper().readTree(answer.body());
      assertThat(body.get("status").asText()).isEqualTo("not ready");
      assertThat(body.toString()).satisfiesAnyOf(
          b -> assertThat(body.get("missingTopics").toString()).contains(items),
          b -> assertThat(body.get("streams").asText()).isNotEqualTo("RUNNING"));
    }
  }

  private static HttpResponse<String> awaitNotReady(PipelineHarness h) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    HttpResponse<String> answer = ready(h);
    while (answer.statusCode() == 200 && System.nanoTime() < deadline) {
      Thread.sleep(100);
      answer = ready(h);
    }
    return answer;
  }

  private static HttpResponse<String> ready(PipelineHarness h) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(h.base() + "/health/ready")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
