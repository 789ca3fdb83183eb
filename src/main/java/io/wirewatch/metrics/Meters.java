package io.wirewatch.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirewatch.formats.ParseMetrics;
import io.wirewatch.formats.RejectReason;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Severity;
import io.wirewatch.model.WireItem;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * wirewatch's meters on one Prometheus registry (what {@code GET /metrics} prints). Each stage reports
 * through one method here, so the names and tags live in one place ({@link MeterNames}); tags that come
 * from wire text (agency, format) are bounded by {@link TagValues}.
 */
public final class Meters {
  private static final Duration[] LATENCY_SLOS = {Duration.ofMillis(50), Duration.ofMillis(100),
      Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5)};

  private final PrometheusMeterRegistry registry;
  private final TagValues agencies = new TagValues(64);
  private final TagValues formats = new TagValues(32);
  private final Timer alertLatency;
  private final Timer alertVisibleLatency;
  private final Timer clusterTimer;
  private final Timer extractionTimer;

  public Meters() {
    this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().commonTags("application", "wirewatch");
    new JvmMemoryMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    this.alertLatency = latency(MeterNames.ALERT_LATENCY,
        "From the triggering item's receipt (receivedAt) to the alert being raised (raisedAt)");
    this.alertVisibleLatency = latency(MeterNames.ALERT_VISIBLE_LATENCY,
        "From the triggering item's receipt to the alert being readable on wire.alerts (committed)");
    this.clusterTimer = stageTimer(MeterNames.CLUSTER_DURATION, "Time to assign one item to a story");
    this.extractionTimer = stageTimer(MeterNames.EXTRACTION_DURATION, "Time to extract the figures of one item");
    for (String outcome : List.of("accepted", "rejected")) {
      Timer.builder(MeterNames.PARSE_DURATION).description("Time to detect and parse one transmission")
          .tag("outcome", outcome).publishPercentileHistogram().minimumExpectedValue(Duration.ofNanos(10_000))
          .maximumExpectedValue(Duration.ofSeconds(5)).register(registry);
    }
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** The Prometheus text exposition of every meter. */
  public String scrape() {
    return registry.scrape();
  }

  /** The hook the parse processor calls: parse time by outcome. */
  public ParseMetrics parse() {
    return new ParseMetrics() {
      @Override
      public void parsed(List<WireItem> items, long nanos) {
        registry.timer(MeterNames.PARSE_DURATION, "outcome", "accepted").record(nanos, TimeUnit.NANOSECONDS);
      }

      @Override
      public void rejected(RejectReason reason, long nanos) {
        registry.timer(MeterNames.PARSE_DURATION, "outcome", "rejected").record(nanos, TimeUnit.NANOSECONDS);
      }
    };
  }

  /** An item reached wire.items. */
  public void itemReceived(String agency, String format) {
    Counter.builder(MeterNames.ITEMS_RECEIVED).description("Items parsed onto wire.items")
        .tag("agency", agencies.of(agency)).tag("format", formats.of(format)).register(registry).increment();
  }

  /** A record reached wire.dlq; {@code stage} is where it was refused (ingest, parse), {@code reason} why. */
  public void parseFailed(String stage, String reason) {
    Counter.builder(MeterNames.PARSE_FAILURES).description("Records sent to wire.dlq, by stage and reason")
        .tag("stage", TagValues.clean(stage)).tag("reason", TagValues.clean(reason)).register(registry).increment();
  }

  /** A decision reached wire.decisions. */
  public void decided(String status) {
    String s = TagValues.clean(status);
    Counter.builder(MeterNames.DECISIONS).description("Decisions by status").tag("status", s)
        .register(registry).increment();
    if (s.equals("duplicate")) {
      Counter.builder(MeterNames.DUPLICATES).description("Items decided to be duplicates").register(registry)
          .increment();
    }
  }

  /**
   * A decision's version time was overruled: {@code direction} future (after its receipt plus the allowed
   * skew) or past (before 1970). A warning sign of a sender's wrong clock or hostile input.
   */
  public void eventTimeClamped(String direction) {
    Counter.builder(MeterNames.EVENT_TIME_CLAMPED)
        .description("Decisions whose version time was clamped (a sender's clock is wrong)")
        .tag("direction", TagValues.clean(direction)).register(registry).increment();
  }

  /** An alert reached wire.alerts. */
  public void alertRaised(AlertType type, Severity severity) {
    Counter.builder(MeterNames.ALERTS).description("Alerts by type and severity")
        .tag("type", type == null ? "unknown" : type.name()).tag("severity", severity == null ? "unknown" : severity.id())
        .register(registry).increment();
  }

  /** Ingest-to-alert latency: receivedAt to raisedAt. */
  public void alertLatency(Duration d) {
    alertLatency.record(d.isNegative() ? Duration.ZERO : d);
  }

  /** Ingest-to-readable latency: receivedAt to the moment a read_committed consumer saw the alert. */
  public void alertVisibleLatency(Duration d) {
    alertVisibleLatency.record(d.isNegative() ? Duration.ZERO : d);
  }

  /** A channel delivered a message or gave up on it after {@code attempts} attempts. */
  public void delivery(String channel, String type, boolean delivered, int attempts) {
    String c = TagValues.clean(channel);
    Counter.builder(MeterNames.DELIVERIES).description("Channel deliveries by outcome").tag("channel", c)
        .tag("type", TagValues.clean(type)).tag("outcome", delivered ? "delivered" : "dead_lettered")
        .register(registry).increment();
    Counter retries = Counter.builder(MeterNames.DELIVERY_RETRIES).description("Delivery attempts after the first")
        .tag("channel", c).register(registry);
    retries.increment(Math.max(0, attempts - 1));
    Counter dead = Counter.builder(MeterNames.DELIVERY_DEAD_LETTERS)
        .description("Messages a channel gave up on (wire.alerts.undelivered)").tag("channel", c).register(registry);
    if (!delivered) {
      dead.increment();
    }
  }

  /** For the story stage: time one item's clustering, e.g. {@code meters.clusterTimer().record(() -> ...)}. */
  public Timer clusterTimer() {
    return clusterTimer;
  }

  /** For the figure stage: time one item's figure extraction. */
  public Timer extractionTimer() {
    return extractionTimer;
  }

  /**
   * Counts the remembered texts and open stories the deciding task let go because its count limits
   * ({@code dedup.window.max.texts}, {@code stories.max.open}) were reached.
   */
  public void windowLimited(int texts, int stories) {
    windowLimited("texts", texts);
    windowLimited("stories", stories);
  }

  private void windowLimited(String kind, int count) {
    if (count > 0) {
      Counter.builder(MeterNames.WINDOW_LIMITED).description("Texts and stories let go at the count limits")
          .tag("kind", kind).register(registry).increment(count);
    }
  }

  /** Registers the open-stories gauge, read from {@code count} on each scrape. */
  public void openStories(Supplier<Number> count) {
    Gauge.builder(MeterNames.STORIES_OPEN, count, s -> s.get().doubleValue())
        .description("Stories updated within the story window, held by this instance").strongReference(true)
        .register(registry);
  }

  /** Binds Kafka Streams' own metrics (its consumers' lag included); close the result to unbind. */
  public AutoCloseable bind(KafkaStreams streams) {
    KafkaStreamsMetrics m = new KafkaStreamsMetrics(streams);
    m.bindTo(registry);
    return m;
  }

  /** Binds a plain Kafka consumer's metrics; close the result to unbind. */
  public AutoCloseable bind(Consumer<?, ?> consumer) {
    KafkaClientMetrics m = new KafkaClientMetrics(consumer);
    m.bindTo(registry);
    return m;
  }

  private Timer latency(String name, String description) {
    return Timer.builder(name).description(description).publishPercentileHistogram().serviceLevelObjectives(LATENCY_SLOS)
        .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(1)).register(registry);
  }

  private Timer stageTimer(String name, String description) {
    return Timer.builder(name).description(description).publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofNanos(10_000)).maximumExpectedValue(Duration.ofSeconds(5)).register(registry);
  }
}
