package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.ingest.FeedPoller;
import io.wirewatch.ingest.FeedState;
import io.wirewatch.ingest.HttpIngestRoutes;
import io.wirewatch.ingest.RawProducer;
import io.wirewatch.ingest.SpoolWatcher;
import io.wirewatch.kafka.EmbeddedKafka;
import io.wirewatch.kafka.TopicAdmin;
import io.wirewatch.model.Decision;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.Topic;
import io.wirewatch.testing.TestConfigs;
import io.wirewatch.web.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The ingest transports against a real broker: spool folder, crash and restart, HTTP push, feed poller. */
@Tag("integration")
@Timeout(300)
class IngestTransportsIT {
  private static EmbeddedKafka kafka;

  @BeforeAll
  static void startBroker() {
    kafka = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopBroker() {
    kafka.close();
  }

  private static AppConfig config(Map<String, String> overrides) {
    AppConfig cfg = TestConfigs.isolated(kafka.bootstrapServers(), overrides);
    TopicAdmin.ensureTopics(cfg.clientConfig("admin"), cfg.topicSpecs());
    return cfg;
  }

  private static RawProducer producer(AppConfig cfg) {
    return new RawProducer(cfg.clientConfig("producer"), cfg.topicNames(), cfg.ingest().maxBytes(), Clock.systemUTC());
  }

  @Test
  void shouldPickUpAFileWrittenSlowlyInChunksOnceAndWhole(@TempDir Path spool) throws Exception {
    // given: a watcher scanning every 100 ms that wants 1 s of stable size
    AppConfig cfg = config(Map.of());
    byte[] item = ("{\"uri\": \"urn:it:slow\", \"headlines\": [{\"value\": \"Slow delivery\"}], \"bodies\": [{\"value\": \""
        + "x".repeat(4000) + "\"}]}").getBytes(StandardCharsets.UTF_8);
    try (RawProducer producer = producer(cfg)) {
      SpoolWatcher watcher = new SpoolWatcher(spool, Duration.ofSeconds(1), producer, Clock.systemUTC(),
          SpoolWatcher.movingTo(spool.resolve("archive")));
      Thread scanning = Thread.ofVirtual().start(() -> runQuietly(watcher));

      // when: an FTP-like writer appends five chunks 300 ms apart
      Path file = spool.resolve("slow.json");
      for (int i = 0; i < 5; i++) {
        int from = i * item.length / 5;
        int to = (i + 1) * item.length / 5;
        Files.write(file, java.util.Arrays.copyOfRange(item, from, to), java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.APPEND);
        Thread.sleep(300);
      }
      awaitTrue(() -> Files.exists(spool.resolve("archive/slow.json")), Duration.ofSeconds(30));
      scanning.interrupt();
      scanning.join();
    }

    // then
    List<ConsumerRecord<String, byte[]>> raw = readAll(cfg.topicNames().raw(), 1, Duration.ofSeconds(30));
    assertThat(raw).singleElement().satisfies(r -> assertThat(r.value()).isEqualTo(item));
  }

  @Test
  void shouldDecideEachFileOnceAfterACrashBetweenProduceAndArchive(@TempDir Path spool) throws Exception {
    // given: a running pipeline and two delivered files
    AppConfig cfg = config(Map.of());
    Files.writeString(spool.resolve("a.json"), "{\"uri\": \"urn:it:crash-a\", \"version\": \"1\", \"versioncreated\":"
        + " \"2023-04-08T10:00:00Z\", \"headlines\": [{\"value\": \"Crash A\"}], \"bodies\": [{\"value\": \"Body A.\"}]}");
    Files.writeString(spool.resolve("b.xml"), "<nitf><head><docdata><doc-id id-string=\"urn:it:crash-b\"/>"
        + "<date.issue norm=\"20230408T100000Z\"/></docdata></head><body><body.head><hedline><hl1>Crash B</hl1>"
        + "</hedline></body.head><body.content><p>Body B.</p></body.content></body></nitf>");
    Files.writeString(spool.resolve("a.json.done"), "");
    Files.writeString(spool.resolve("b.xml.done"), "");
    try (StreamsApp app = StreamsApp.start(cfg, Duration.ofSeconds(60)); RawProducer producer = producer(cfg)) {
      // when: the process dies after producing both files, before moving them; for a.json the journal
      // write is lost as well (the window between the broker's ack and the fsync)
      SpoolWatcher crashing = new SpoolWatcher(spool, Duration.ZERO, producer, Clock.systemUTC(), f -> { });
      assertThat(crashing.scanOnce()).isEqualTo(2);
      Path journal = spool.resolve(".wirewatch-spool.journal");
      String hashOfB = io.wirewatch.ingest.ContentKeys.of(Files.readAllBytes(spool.resolve("b.xml")));
      Files.writeString(journal, hashOfB + "\n");
      SpoolWatcher restarted = new SpoolWatcher(spool, Duration.ZERO, producer, Clock.systemUTC(),
          SpoolWatcher.movingTo(spool.resolve("archive")));
      int reproduced = restarted.scanOnce() + restarted.scanOnce();

      // then: b.xml is not produced again; a.json is, under the same key, and is decided a duplicate
      assertThat(reproduced).isEqualTo(1);
      List<ConsumerRecord<String, Decision>> decisions = readAll(cfg.topicNames().decisions(), 3, Duration.ofSeconds(60));
      Map<String, List<DecisionStatus>> byUri = decisions.stream().collect(Collectors.groupingBy(
          r -> r.value().uri(), Collectors.mapping(r -> r.value().status(), Collectors.toList())));
      assertThat(byUri).containsOnlyKeys("urn:it:crash-a", "urn:it:crash-b");
      byUri.values().forEach(statuses ->
          assertThat(statuses).filteredOn(st -> st != DecisionStatus.DUPLICATE).containsExactly(DecisionStatus.NEW));
      assertThat(byUri.get("urn:it:crash-a")).containsExactly(DecisionStatus.NEW, DecisionStatus.DUPLICATE);
      assertThat(byUri.get("urn:it:crash-b")).containsExactly(DecisionStatus.NEW);
      assertThat(spool.resolve("archive/a.json")).exists();
      assertThat(spool.resolve("archive/b.xml")).exists();
    }
  }

  @Test
  void shouldAnswerPushesWith202AndTheRecordOr400Or413Or401() throws Exception {
    // given: the push route with a token and a 1 KiB limit
    AppConfig cfg = config(Map.of("ingest.max.bytes", "1024", "ingest.http.token", "s3cret"));
    HttpIngestRoutes routes = new HttpIngestRoutes(producer(cfg), 1024, "s3cret", Duration.ofSeconds(30));
    HttpClient client = HttpClient.newHttpClient();
    try (HttpServer server = HttpServer.start(new HttpServer.Settings("127.0.0.1", 0, ""), List.of(routes))) {
      URI url = URI.create("http://127.0.0.1:" + server.port() + "/ingest");
      String item = "{\"uri\": \"urn:it:push\", \"headlines\": [{\"value\": \"Pushed\"}], \"bodies\": [{\"value\": \"B.\"}]}";

      // when
      HttpResponse<String> noToken = post(client, url, item.getBytes(StandardCharsets.UTF_8), null);
      HttpResponse<String> empty = post(client, url, new byte[0], "s3cret");
      HttpResponse<String> tooLarge = post(client, url, new byte[2048], "s3cret");
      HttpResponse<String> accepted = post(client, url, item.getBytes(StandardCharsets.UTF_8), "s3cret");

      // then
      assertThat(noToken.statusCode()).isEqualTo(401);
      assertThat(empty.statusCode()).isEqualTo(400);
      assertThat(tooLarge.statusCode()).isEqualTo(413);
      assertThat(accepted.statusCode()).isEqualTo(202);
      JsonNode body = new ObjectMapper().readTree(accepted.body());
      assertThat(body.path("topic").asText()).isEqualTo(cfg.topicNames().raw().name());
      List<ConsumerRecord<String, byte[]>> raw = readAll(cfg.topicNames().raw(), 1, Duration.ofSeconds(30));
      assertThat(raw).singleElement().satisfies(r -> {
        assertThat(r.partition()).isEqualTo(body.path("partition").asInt());
        assertThat(r.offset()).isEqualTo(body.path("offset").asLong());
        assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo(item);
      });
    }
  }

  @Test
  void shouldProduceOnlyNewFeedEntriesAndHandleNotModified() throws Exception {
    // given: a local feed server honouring If-None-Match
    AppConfig cfg = config(Map.of());
    AtomicReference<String> feed = new AtomicReference<>(rss("v1", List.of("one", "two")));
    List<String> conditionalHeaders = new CopyOnWriteArrayList<>();
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/feed.xml", exchange -> {
      String version = feed.get().substring(feed.get().indexOf("<!--") + 4, feed.get().indexOf("-->"));
      String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
      conditionalHeaders.add(String.valueOf(ifNoneMatch));
      if (("\"" + version + "\"").equals(ifNoneMatch)) {
        exchange.sendResponseHeaders(304, -1);
      } else {
        byte[] bytes = feed.get().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("ETag", "\"" + version + "\"");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
      }
      exchange.close();
    });
    server.start();
    try (RawProducer producer = producer(cfg)) {
      FeedPoller poller = new FeedPoller(HttpClient.newHttpClient(), producer, Clock.systemUTC(),
          Duration.ofSeconds(10), Duration.ofMinutes(1));
      FeedState state = new FeedState("local", URI.create("http://127.0.0.1:" + server.getAddress().getPort()
          + "/feed.xml"), Duration.ofSeconds(1));

      // when: first poll, an unchanged poll, then a poll after one entry was added
      FeedPoller.Result first = poller.poll(state);
      FeedPoller.Result unchanged = poller.poll(state);
      feed.set(rss("v2", List.of("one", "two", "three")));
      FeedPoller.Result changed = poller.poll(state);

      // then
      assertThat(first.produced()).isEqualTo(2);
      assertThat(unchanged.status()).isEqualTo(304);
      assertThat(unchanged.produced()).isZero();
      assertThat(changed.produced()).isEqualTo(1);
      assertThat(changed.skipped()).isEqualTo(2);
      assertThat(conditionalHeaders).containsExactly("null", "\"v1\"", "\"v1\"");
      List<ConsumerRecord<String, byte[]>> raw = readAll(cfg.topicNames().raw(), 3, Duration.ofSeconds(30));
      assertThat(raw).extracting(ConsumerRecord::key)
          .containsExactly("feed:local:urn:it:one", "feed:local:urn:it:two", "feed:local:urn:it:three");
    } finally {
      server.stop(0);
    }
  }

  private static String rss(String version, List<String> ids) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!--" + version + "--><rss version=\"2.0\"><channel>"
        + "<title>IT feed</title><link>http://127.0.0.1/</link><description>d</description>");
    for (String id : ids) {
      sb.append("<item><title>Entry ").append(id).append("</title><guid>urn:it:").append(id)
          .append("</guid><pubDate>Sat, 08 Apr 2023 10:00:00 GMT</pubDate><description>Text of ").append(id)
          .append(".</description></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  private static HttpResponse<String> post(HttpClient client, URI url, byte[] body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .header("Content-Type", "application/json");
    if (token != null) {
      b.header("X-Ingest-Token", token);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Reads a topic from the start until {@code expected} records arrived, then briefly checks for more. */
  private static <V> List<ConsumerRecord<String, V>> readAll(Topic<String, V> topic, int expected, Duration timeout) {
    Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(),
        topic.valueSerde().deserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      List<ConsumerRecord<String, V>> out = new ArrayList<>();
      long deadline = System.nanoTime() + timeout.toNanos();
      while (out.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(out::add);
      }
      consumer.poll(Duration.ofSeconds(1)).forEach(out::add);
      return out;
    }
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met within " + timeout).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static void runQuietly(SpoolWatcher watcher) {
    try {
      watcher.run(Duration.ofMillis(100));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
