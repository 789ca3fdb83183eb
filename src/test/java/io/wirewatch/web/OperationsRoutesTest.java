package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The page, /metrics, the alert API and readiness over real HTTP (no Kafka: stubs behind the routes). */
class OperationsRoutesTest {
  private static final String TOKEN = "s3cret";
  private final HttpClient client = HttpClient.newHttpClient();
  private final AlertFeed feed = new AlertFeed(10);
  private final AtomicReference<Readiness> readiness =
      new AtomicReference<>(new Readiness("RUNNING", List.of()));
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void shouldServeThePageWithoutTheTokenButTheDataOnlyWithIt() throws Exception {
    start(TOKEN);

    assertThat(get("/", null).statusCode()).isEqualTo(200);
    assertThat(get("/", null).body()).contains("<title>wirewatch newsroom</title>").contains("/assets/app.js");
    assertThat(get("/assets/app.js", null).headers().firstValue("content-type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("text/javascript"));
    assertThat(get("/assets/../secret.txt", null).statusCode()).isEqualTo(404);
    assertThat(get("/api/alerts", null).statusCode()).isEqualTo(401);
    assertThat(get("/metrics", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/alerts?token=" + TOKEN, null).statusCode()).isEqualTo(200);
    assertThat(get("/metrics", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
  }

  @Test
  void shouldListRecentAlertsNewestFirstAsJson() throws Exception {
    start("");
    feed.publish(AlertFeedTest.alert("older", 1));
    feed.publish(AlertFeedTest.alert("newer", 2));

    HttpResponse<String> r = get("/api/alerts?limit=5", null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().indexOf("\"newer\"")).isLessThan(r.body().indexOf("\"older\""));
    assertThat(get("/api/alerts?limit=x", null).statusCode()).isEqualTo(400);
  }

  @Test
  void shouldServePrometheusText() throws Exception {
    start("");

    HttpResponse<String> r = get("/metrics", null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/plain");
    assertThat(r.body()).contains("wirewatch_up 1");
  }

  @Test
  void shouldBeReadyOnlyWhenRunningWithEveryTopic() throws Exception {
    start("");
    assertThat(get("/health/ready", null).statusCode()).isEqualTo(200);

    readiness.set(new Readiness("RUNNING", List.of("wire.alerts")));
    HttpResponse<String> missing = get("/health/ready", null);
    readiness.set(new Readiness("REBALANCING", List.of()));
    HttpResponse<String> rebalancing = get("/health/ready", null);

    assertThat(missing.statusCode()).isEqualTo(503);
    assertThat(missing.body()).contains("wire.alerts");
    assertThat(rebalancing.statusCode()).isEqualTo(503);
    assertThat(rebalancing.body()).contains("REBALANCING");
    assertThat(get("/health/live", null).statusCode()).isEqualTo(200);
  }

  private void start(String token) {
    StoryQueries none = new StoryQueries() {
      @Override
      public Optional<io.wirewatch.model.Story> byId(String id, boolean localOnly) {
        return Optional.empty();
      }

      @Override
      public List<io.wirewatch.model.Story> since(Instant since, int limit, boolean localOnly) {
        return List.of();
      }
    };
    server = HttpServer.start(new HttpServer.Settings("127.0.0.1", 0, token), List.of(
        new HealthRoutes(readiness::get), new StoryRoutes(none), new AlertRoutes(feed, null),
        new MetricsRoutes(() -> "# TYPE wirewatch_up gauge\nwirewatch_up 1\n", null), new PageRoutes()));
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
