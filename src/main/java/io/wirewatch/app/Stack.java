package io.wirewatch.app;

import io.wirewatch.channels.AlertDispatcher;
import io.wirewatch.channels.DeliveryListener;
import io.wirewatch.kafka.EmbeddedKafka;
import io.wirewatch.metrics.DeliveryMeters;
import io.wirewatch.web.HttpServer;
import java.time.Duration;

/**
 * The pipeline plus, optionally, the in-process broker it runs on: what {@code demo} and {@code replay}
 * start and stop as one. Closing stops the pipeline first, then the broker.
 */
final class Stack implements AutoCloseable {
  private final EmbeddedKafka kafka;
  private final StreamsApp app;
  private final AppConfig config;
  private HttpServer http;
  private AlertDispatcher delivery;

  private Stack(EmbeddedKafka kafka, StreamsApp app, AppConfig config) {
    this.kafka = kafka;
    this.app = app;
    this.config = config;
  }

  /**
   * Starts the pipeline with a fresh state directory.
   *
   * @param base the loaded configuration
   * @param embedded start an in-process broker and point every client at it
   */
  static Stack start(AppConfig base, boolean embedded) {
    EmbeddedKafka kafka = null;
    AppConfig cfg = base.withStateDir(StreamsApp.temporaryStateDir());
    if (embedded) {
      System.err.println("wirewatch: starting an embedded Kafka broker ...");
      kafka = EmbeddedKafka.start();
      cfg = cfg.withBootstrapServers(kafka.bootstrapServers());
      System.err.println("wirewatch: embedded broker on " + kafka.bootstrapServers());
    }
    try {
      StreamsApp app = StreamsApp.start(cfg, Duration.ofMinutes(2));
      return new Stack(kafka, app, cfg);
    } catch (RuntimeException e) {
      if (kafka != null) {
        kafka.close();
      }
      throw e;
    }
  }

  /** Starts the HTTP port with every route of the running pipeline; returns its base URL. */
  String serveHttp() {
    http = WebRoutes.start(config, app);
    return "http://" + config.http().host() + ":" + http.port() + "/";
  }

  /** Starts alert delivery to the channels of channels.yaml; null when none is enabled. */
  AlertDispatcher deliverAlerts(java.io.PrintStream console, DeliveryListener listener) {
    delivery = Delivery.start(config, System.getenv(), console, new DeliveryMeters(app.meters(), listener));
    return delivery;
  }

  AppConfig config() {
    return config;
  }

  /** Why the pipeline stopped (a stream thread failed, Streams left RUNNING for good), or null while it runs. */
  String stoppedBecause() {
    if (app.failure() != null) {
      return "stream thread failed: " + app.failure();
    }
    var state = app.streams().state();
    return state.isRunningOrRebalancing() || state == org.apache.kafka.streams.KafkaStreams.State.CREATED
        ? null : "Kafka Streams is " + state;
  }

  StreamsApp app() {
    return app;
  }

  @Override
  public void close() {
    if (http != null) {
      http.close();
    }
    if (delivery != null) {
      delivery.close();
    }
    app.close();
    if (kafka != null) {
      kafka.close();
    }
    StreamsApp.deleteStateDir(config.stateDir());
  }
}
