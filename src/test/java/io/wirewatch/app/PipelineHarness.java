package io.wirewatch.app;

import io.wirewatch.ingest.RawProducer;
import io.wirewatch.kafka.EmbeddedKafka;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Severity;
import io.wirewatch.model.Topic;
import io.wirewatch.testing.TestConfigs;
import io.wirewatch.web.HttpRoutes;
import io.wirewatch.web.HttpServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** For operations tests: an embedded broker, the pipeline, its HTTP port, and ways to feed it. */
final class PipelineHarness implements AutoCloseable {
  final EmbeddedKafka kafka;
  final AppConfig config;
  final StreamsApp app;
  final HttpServer http;

  /** @param routes given the app and its routes, the routes to serve (tests may swap one) */
  PipelineHarness(Map<String, String> overrides,
      BiFunction<StreamsApp, List<HttpRoutes>, List<HttpRoutes>> routes) {
    this.kafka = EmbeddedKafka.start();
    try {
      this.config = TestConfigs.isolated(kafka.bootstrapServers(), overrides).withHttpPort(0);
      this.app = StreamsApp.start(config, Duration.ofSeconds(90));
      this.http = HttpServer.start(config.http().settings(), routes.apply(app, WebRoutes.of(config, app)));
    } catch (RuntimeException e) {
      kafka.close();
      throw e;
    }
  }

  String base() {
    return "http://127.0.0.1:" + http.port();
  }

  /** Sends the bundled sample feed to wire.raw, as the demo does; returns how many files were sent. */
  int ingestSampleFeed() {
    List<SampleFeed.Entry> feed = SampleFeed.load();
    try (RawProducer p = new RawProducer(config.clientConfig("producer"), config.topicNames(),
        config.ingest().maxBytes(), Clock.systemUTC())) {
      feed.forEach(e -> p.send("test:" + e.name(), e.name(), e.bytes(), null));
      p.flush();
    }
    return feed.size();
  }

  /** Produces alerts onto wire.alerts, as the alert stage would. */
  void produce(Alert... alerts) {
    Topic<String, Alert> t = config.topicNames().alerts();
    try (KafkaProducer<String, Alert> p = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
        kafka.bootstrapServers()), t.keySerde().serializer(), t.valueSerde().serializer())) {
      for (Alert a : alerts) {
        p.send(new ProducerRecord<>(t.name(), a.story(), a));
      }
      p.flush();
    }
  }

  /** An alert of our own wording on {@code story}, raised now, its item received {@code latency} before. */
  static Alert alert(String id, AlertType type, Severity severity, String story, String title, String agency,
      String desk, Duration latency) {
    Instant now = Instant.now();
    return new Alert(id, type, severity, story, "Story " + story, "urn:test:" + id, id + ".json", agency,
        List.of(agency), title, "Raised by the test for " + story + ".", desk, now, now.minus(latency), null);
  }

  @Override
  public void close() {
    http.close();
    app.close();
    kafka.close();
  }
}
