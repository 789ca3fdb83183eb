package io.wirewatch.app;

import io.wirewatch.kafka.BoundedStateMemory;
import io.wirewatch.kafka.OversizeRecordHandler;
import io.wirewatch.kafka.PartitionCheck;
import io.wirewatch.kafka.TopicAdmin;
import io.wirewatch.kafka.TopicPresence;
import io.wirewatch.kafka.TransactionalProducers;
import io.wirewatch.metrics.Meters;
import io.wirewatch.model.RecordLimits;
import io.wirewatch.web.Readiness;
import java.time.Clock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Kafka Streams application: creates missing topics, starts the topology and waits until it
 * is RUNNING. Bad records are logged and skipped; an uncaught error shuts the client down and is
 * reported by {@link #failure()}. Holds the app's {@link Meters}, with Kafka Streams' own metrics bound.
 */
public final class StreamsApp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);

  private final KafkaStreams streams;
  private final List<AutoCloseable> resources;
  private final Meters meters;
  private final AutoCloseable streamsMetrics;
  private final TopicPresence topics;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final RecordFailures recordFailures;

  private StreamsApp(KafkaStreams streams, AppConfig config, Meters meters, List<AutoCloseable> resources,
      RecordFailures recordFailures) {
    this.streams = streams;
    this.recordFailures = recordFailures;
    this.resources = resources;
    this.meters = meters;
    this.streamsMetrics = meters.bind(streams);
    this.topics = new TopicPresence(config.clientConfig("admin"), config.topicNames().all(), Duration.ofSeconds(5),
        Clock.systemUTC());
  }

  /** Creates topics, starts the pipeline and waits up to {@code timeout} for it to be RUNNING. */
  public static StreamsApp start(AppConfig config, Duration timeout) {
    TopicAdmin.ensureTopics(config.clientConfig("admin"), config.topicSpecs());
    PartitionCheck.require(config.clientConfig("admin"), config.partitionRules());
    List<AutoCloseable> resources = new ArrayList<>();
    Meters meters = new Meters();
    RecordFailures failures = new RecordFailures(10, Duration.ofSeconds(10), Clock.systemUTC());
    Properties props = streamsProperties(config);
    props.put(RecordFailures.CONFIG_KEY, failures);
    KafkaStreams streams = new KafkaStreams(TopologyFactory.build(config, resources, meters), props);
    StreamsApp app = new StreamsApp(streams, config, meters, resources, failures);
    CountDownLatch running = new CountDownLatch(1);
    streams.setStateListener((now, before) -> {
      LOG.info("streams state {} -> {}", before, now);
      if (now == KafkaStreams.State.RUNNING) {
        running.countDown();
      }
    });
    streams.setUncaughtExceptionHandler(e -> {
      LOG.error("stream thread failed; shutting the pipeline down", e);
      app.failure.compareAndSet(null, e);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    streams.start();
    try {
      if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        app.close();
        throw new IllegalStateException("the pipeline did not reach RUNNING within " + timeout.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      app.close();
      throw new IllegalStateException("interrupted while starting the pipeline", e);
    }
    return app;
  }

  /** Session timeout of the Streams consumers (Kafka's default is 45 s); overridable in configuration. */
  static final int SESSION_TIMEOUT_MS = 10_000;

  static Properties streamsProperties(AppConfig config) {
    Properties p = new Properties();
    Map<String, Object> client = config.clientConfig("streams");
    p.putAll(client);
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir(config));
    p.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.topics().replicationFactor());
    TransactionalProducers.settings().forEach(p::putIfAbsent);
    p.putIfAbsent(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedStateMemory.class);
    // A member that dies without leaving (kill -9, a lost host) holds its partitions until its session times
    // out; the consumer's default of 45 s is most of the time a restarted instance waits to be ready.
    p.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), SESSION_TIMEOUT_MS);
    p.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), SESSION_TIMEOUT_MS / 3);
    p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, RecordFailures.Handler.class);
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, OversizeRecordHandler.class);
    p.put(OversizeRecordHandler.DLQ_TOPIC_CONFIG, config.topicNames().dlq().name());
    // Record size discipline (RecordLimits): the producer and every internal topic accept the same size.
    p.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), RecordLimits.RECORD_BYTES);
    p.putIfAbsent(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG),
        String.valueOf(RecordLimits.RECORD_BYTES));
    HostInfo self = selfHost(config);
    if (self != null) {
      p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
    }
    return p;
  }

  /**
   * How other instances reach this one's HTTP API for interactive queries, or null when the port is
   * chosen at start (0): then every query is answered locally.
   */
  static HostInfo selfHost(AppConfig config) {
    if (config.http().port() == 0) {
      return null;
    }
    String host = config.http().advertisedHost().isBlank() ? config.http().host() : config.http().advertisedHost();
    if (host.equals("0.0.0.0")) {
      host = "localhost";
    }
    return new HostInfo(host, config.http().port());
  }

  private static String stateDir(AppConfig config) {
    if (!config.stateDir().isBlank()) {
      return config.stateDir();
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "wirewatch-state").toString();
  }

  /** A fresh temporary state directory, for replays and demos that must not see an earlier run's state. */
  public static String temporaryStateDir() {
    try {
      return Files.createTempDirectory("wirewatch-state-").toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Deletes a state directory made by {@link #temporaryStateDir()} (any other is left alone). */
  static void deleteStateDir(String dir) {
    if (dir == null || dir.isBlank() || !Path.of(dir).getFileName().toString().startsWith("wirewatch-state-")) {
      return;
    }
    deleteTree(Path.of(dir));
  }

  /** Deletes a folder made for one run and all it holds; a failure is logged, never thrown. */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      LOG.warn("could not delete {}: {}", dir, e.toString());
    }
  }

  public KafkaStreams streams() {
    return streams;
  }

  /** The error that stopped the pipeline, or null while it is healthy. */
  public Throwable failure() {
    return failure.get();
  }

  public boolean isRunning() {
    return streams.state() == KafkaStreams.State.RUNNING || streams.state() == KafkaStreams.State.REBALANCING;
  }

  /** The app's meters (what {@code GET /metrics} prints). */
  public Meters meters() {
    return meters;
  }

  /**
   * Ready = the Streams application is RUNNING, no stream thread has failed, fewer than 10 records failed
   * in a stage in the last 10 s, and every topic exists (checked at most every 5 s, so a deleted topic
   * shows well within 10 s).
   */
  public Readiness readiness() {
    KafkaStreams.State state = streams.state();
    Throwable failed = failure.get();
    if (failed != null) {
      return new Readiness("FAILED: " + failed, List.of());
    }
    String dropping = recordFailures.dropping();
    if (dropping != null && state == KafkaStreams.State.RUNNING) {
      return new Readiness("DROPPING: " + dropping, List.of());
    }
    return new Readiness(state.name(), state == KafkaStreams.State.RUNNING ? topics.missing() : List.of());
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
    try {
      streamsMetrics.close();
    } catch (Exception e) {
      LOG.debug("unbinding streams metrics: {}", e.toString());
    }
    topics.close();
    for (AutoCloseable r : resources) {
      try {
        r.close();
      } catch (Exception e) {
        LOG.warn("closing {} failed: {}", r, e.getMessage());
      }
    }
  }
}
