package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.wirewatch.ingest.FileSource;
import io.wirewatch.kafka.EmbeddedKafka;
import io.wirewatch.model.Json;
import io.wirewatch.model.Story;
import io.wirewatch.testing.TestConfigs;
import io.wirewatch.web.HttpServer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two instances with one application id share the partitions; either answers for every story. */
@Tag("integration")
@Timeout(300)
class StoriesApiIT {
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void shouldAnswerForStoriesHeldByTheOtherInstance(@TempDir Path dir) throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      AppConfig base = TestConfigs.isolated(kafka.bootstrapServers(), Map.of());
      AppConfig one = base.withHttpPort(freePort()).withStateDir(StreamsApp.temporaryStateDir());
      AppConfig two = base.withHttpPort(freePort()).withStateDir(StreamsApp.temporaryStateDir());
      for (SampleFeed.Entry e : SampleFeed.load()) {
        Files.write(dir.resolve(e.name()), e.bytes());
      }
      try (StreamsApp a = StreamsApp.start(one, Duration.ofSeconds(60));
          HttpServer httpA = WebRoutes.start(one, a);
          StreamsApp b = StreamsApp.start(two, Duration.ofSeconds(60));
          HttpServer httpB = WebRoutes.start(two, b)) {
        awaitRunning(a, b);
        Replay.Result result = Replay.run(one, FileSource.expand(List.of(dir)), Duration.ofSeconds(60));
        Set<String> storyIds = result.outcomes().values().stream().flatMap(List::stream)
            .filter(o -> o instanceof Outcome.Decided).map(o -> ((Outcome.Decided) o).decision().story())
            .collect(Collectors.toSet());

        List<Story> listed = awaitListing(httpA.port(), storyIds.size());
        assertThat(listed).extracting(Story::id).containsExactlyInAnyOrderElementsOf(storyIds);
        for (String id : storyIds) {
          HttpResponse<String> r = get(httpA.port(), "/api/stories/" + id);
          assertThat(r.statusCode()).as(id).isEqualTo(200);
          assertThat(Json.mapper().readValue(r.body(), Story.class).id()).isEqualTo(id);
        }
        assertThat(a.streams().metadataForAllStreamsClients()).hasSize(2);
        assertThat(get(httpB.port(), "/api/stories/no-such-story").statusCode()).isEqualTo(404);
        assertThat(get(httpB.port(), "/health/ready").statusCode()).isEqualTo(200);
      }
    }
  }

  private void awaitRunning(StreamsApp a, StreamsApp b) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline && !(a.streams().state().name().equals("RUNNING")
        && b.streams().state().name().equals("RUNNING"))) {
      Thread.sleep(100);
    }
  }

  private List<Story> awaitListing(int port, int expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<Story> listed = List.of();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = get(port, "/api/stories?since=2000-01-01T00:00:00Z");
      if (r.statusCode() == 200) {
        listed = Json.mapper().readValue(r.body(), new TypeReference<List<Story>>() {});
        if (listed.size() >= expected) {
          return listed;
        }
      }
      Thread.sleep(200);
    }
    return listed;
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
