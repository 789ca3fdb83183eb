package io.wirewatch.metrics;

/**
 * Every meter wirewatch registers, as Micrometer names. Prometheus shows them with dots as underscores and
 * a unit suffix: {@code wirewatch.alerts} is {@code wirewatch_alerts_total}, a timer
 * {@code wirewatch.alert.latency} is {@code wirewatch_alert_latency_seconds_bucket/_count/_sum/_max}.
 */
public final class MeterNames {
  /** Counter, tags agency, format: items parsed onto wire.items. */
  public static final String ITEMS_RECEIVED = "wirewatch.items.received";
  /** Counter, tags stage, reason: records sent to wire.dlq. */
  public static final String PARSE_FAILURES = "wirewatch.parse.failures";
  /** Timer, tag outcome (accepted, rejected): one transmission's parse. */
  public static final String PARSE_DURATION = "wirewatch.parse.duration";
  /** Counter, tag status: decisions on wire.decisions. */
  public static final String DECISIONS = "wirewatch.decisions";
  /** Counter: decisions with status duplicate. */
  public static final String DUPLICATES = "wirewatch.duplicates";
  /** Counter, tag direction (future, past): decisions whose version time was clamped to a plausible one. */
  public static final String EVENT_TIME_CLAMPED = "wirewatch.event.time.clamped";
  /**
   * Counter, tag kind (texts, stories): remembered texts forgotten and open stories closed because the deciding
   * task's count limits were reached, not their hours: when it grows, the windows are shorter than configured.
   */
  public static final String WINDOW_LIMITED = "wirewatch.window.limited";
  /** Gauge: stories updated within the story window, in this instance's stores. */
  public static final String STORIES_OPEN = "wirewatch.stories.open";
  /** Counter, tags type, severity: alerts on wire.alerts. */
  public static final String ALERTS = "wirewatch.alerts";
  /** Timer (histogram): an alert's receivedAt to raisedAt. */
  public static final String ALERT_LATENCY = "wirewatch.alert.latency";
  /** Timer (histogram): an alert's receivedAt to being readable on wire.alerts. */
  public static final String ALERT_VISIBLE_LATENCY = "wirewatch.alert.visible.latency";
  /** Counter, tags channel, type, outcome (delivered, dead_lettered): channel messages. */
  public static final String DELIVERIES = "wirewatch.deliveries";
  /** Counter, tag channel: attempts after the first. */
  public static final String DELIVERY_RETRIES = "wirewatch.delivery.retries";
  /** Counter, tag channel: messages given up on. */
  public static final String DELIVERY_DEAD_LETTERS = "wirewatch.delivery.dead.letters";
  /** Timer: one item's story clustering (story stage). */
  public static final String CLUSTER_DURATION = "wirewatch.cluster.duration";
  /** Timer: one item's figure extraction (figure stage). */
  public static final String EXTRACTION_DURATION = "wirewatch.extraction.duration";

  private MeterNames() {}
}
