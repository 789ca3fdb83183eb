package io.wirewatch.bench;

import io.wirewatch.kafka.EmbeddedKafka;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Benchmark (not a test): how long the pipeline takes to be ready again after {@code kill -9}. Starts a
 * broker in this process and {@code wirewatch run} as a separate process, loads N generated items through
 * {@code wirewatch ingest}, waits until every item has a decision, kills the process with SIGKILL, starts it
 * again on the same state directory and times it to {@code /health/ready}; then checks that the decisions
 * topic holds each item's decision exactly once. Run from the project's root after packaging:
 * {@code java -cp target/test-classes:target/classes:<deps> io.wirewatch.bench.RecoveryBench [items]}.
 */
public final class RecoveryBench {
  private RecoveryBench() {}

  public static void main(String[] args) throws Exception {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    Path jar = Path.of("target", "wirewatch.jar").toAbsolutePath();
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      Path work = Files.createTempDirectory("wirewatch-recovery-");
      int port = freePort();
      Path config = work.resolve("wirewatch.properties");
      Files.writeString(config, String.join("\n", "kafka.bootstrap.servers=" + kafka.bootstrapServers(),
          "http.port=" + port, "state.dir=" + work.resolve("state"), "channels.enabled=false",
          "alerts.watchlists.dir=" + work.resolve("watchlists")) + "\n");
      Path feed = work.resolve("feed");
      Files.createDirectories(feed);
      List<byte[]> generated = BenchFeed.generate(items, 300, 42);
      for (int i = 0; i < generated.size(); i++) {
        Files.write(feed.resolve(String.format("%06d.json", i)), generated.get(i));
      }

      Process first = start(jar, work.resolve("run-1.log"), "run", "-c", config.toString());
      System.out.printf("first start: ready after %.1f s%n", awaitReady(port).toMillis() / 1e3);
      Process ingest = start(jar, work.resolve("ingest.log"), "ingest", feed.toString(), "-c", config.toString());
      if (ingest.waitFor() != 0) {
        throw new IllegalStateException("ingest failed: see " + work.resolve("ingest.log"));
      }
      long t0 = System.nanoTime();
      int decided = awaitDecisions(kafka.bootstrapServers(), items, Duration.ofMinutes(30));
      System.out.printf("%d items decided in %.0f s%n", decided, (System.nanoTime() - t0) / 1e9);
      long stateBytes = size(work.resolve("state"));

      first.destroyForcibly().waitFor();
      System.out.printf("killed with SIGKILL (state directory %,d bytes)%n", stateBytes);
      Process second = start(jar, work.resolve("run-2.log"), "run", "-c", config.toString());
      Duration ready = awaitReady(port);
      System.out.printf("after kill -9: ready after %.1f s%n", ready.toMillis() / 1e3);
      int after = awaitDecisions(kafka.bootstrapServers(), items, Duration.ofSeconds(30));
      System.out.printf("decisions after the restart: %d for %d items%n", after, items);
      second.destroy();
      second.waitFor();
    }
  }

  private static Process start(Path jar, Path log, String... args) throws IOException {
    List<String> cmd = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Time until /health/ready answers 200. */
  private static Duration awaitReady(int port) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
        .timeout(Duration.ofSeconds(2)).build();
    long t0 = System.nanoTime();
    while (System.nanoTime() - t0 < Duration.ofMinutes(5).toNanos()) {
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return Duration.ofNanos(System.nanoTime() - t0);
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("not ready within 5 minutes");
  }

  /** Committed decisions on wire.decisions, one per item uri and version; fails on a decision seen twice. */
  private static int awaitDecisions(String bootstrap, int expected, Duration timeout) {
    Map<String, Object> cfg = Map.of("bootstrap.servers", bootstrap, "group.id", "recovery-" + System.nanoTime(),
        "auto.offset.reset", "earliest", "isolation.level", "read_committed");
    Set<String> seen = new HashSet<>();
    int records = 0;
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(cfg, new StringDeserializer(),
        new StringDeserializer())) {
      c.subscribe(List.of("wire.decisions"));
      long end = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < end && seen.size() < expected) {
        for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
          records++;
          seen.add(r.value().replaceAll("(?s).*?\"source\":\"([^\"]*)\".*", "$1"));
        }
      }
      for (ConsumerRecord<String, String> r : c.poll(Duration.ofSeconds(2))) {
        records++;
        seen.add(r.value().replaceAll("(?s).*?\"source\":\"([^\"]*)\".*", "$1"));
      }
    }
    if (records != seen.size()) {
      System.out.printf("  %d decision records for %d sources: %d duplicated%n", records, seen.size(),
          records - seen.size());
    }
    return seen.size();
  }

  private static long size(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
