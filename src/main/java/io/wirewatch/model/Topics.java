package io.wirewatch.model;

import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic wirewatch reads or writes, each with its serdes. Names are {@code <prefix><name>}; the
 * prefix (empty by default) lets several deployments or tests share one cluster.
 */
public final class Topics {
  public static final String RAW = "wire.raw";
  public static final String ITEMS = "wire.items";
  public static final String DECISIONS = "wire.decisions";
  public static final String STORIES = "wire.stories";
  public static final String ALERTS = "wire.alerts";
  public static final String DLQ = "wire.dlq";
  /** Internal: items with their signatures, in arrival order, for the one deciding task (1 partition). */
  public static final String SIGNATURES = "wire.signatures";
  /** Internal: decided items keyed by story, for the story stage. */
  public static final String STORY_ITEMS = "wire.story-items";
  public static final String ALERTS_DELIVERED = "wire.alerts.delivered";
  public static final String ALERTS_UNDELIVERED = "wire.alerts.undelivered";

  /** Header names carried by records on {@code wire.raw} and {@code wire.dlq}. */
  public static final class Headers {
    public static final String SOURCE = "source";
    public static final String FORMAT_HINT = "format.hint";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String ERROR_REASON = "error.reason";
    public static final String ERROR_MESSAGE = "error.message";
    public static final String ERROR_STAGE = "error.stage";
    public static final String ERROR_CLASS = "error.class";

    private Headers() {}

    /** The last value of header {@code name} as UTF-8 text, or {@code fallback} when it is absent. */
    public static String text(org.apache.kafka.common.header.Headers headers, String name, String fallback) {
      org.apache.kafka.common.header.Header h = headers.lastHeader(name);
      return h == null || h.value() == null ? fallback : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static final Serde<String> KEYS = Serdes.String();

  private final String prefix;
  private final Topic<String, byte[]> raw;
  private final Topic<String, WireItem> items;
  private final Topic<String, Decision> decisions;
  private final Topic<String, byte[]> dlq;
  private final Topic<String, Alert> alerts;
  private final Topic<String, SignedItem> signatures;
  private final Topic<String, DecidedItem> storyItems;
  private final Topic<String, Story> stories;
  private final Topic<String, AlertDelivery> alertsDelivered;
  private final Topic<String, UndeliveredAlert> alertsUndelivered;

  public Topics(String prefix) {
    this.prefix = prefix == null ? "" : prefix;
    this.raw = new Topic<>(this.prefix + RAW, KEYS, Serdes.ByteArray());
    this.items = new Topic<>(this.prefix + ITEMS, KEYS, new JsonSerde<>(WireItem.class));
    this.decisions = new Topic<>(this.prefix + DECISIONS, KEYS, new JsonSerde<>(Decision.class));
    this.dlq = new Topic<>(this.prefix + DLQ, KEYS, Serdes.ByteArray());
    this.alerts = new Topic<>(this.prefix + ALERTS, KEYS, new JsonSerde<>(Alert.class));
    this.signatures = new Topic<>(this.prefix + SIGNATURES, KEYS, new SignedItemSerde());
    this.storyItems = new Topic<>(this.prefix + STORY_ITEMS, KEYS, new JsonSerde<>(DecidedItem.class));
    this.stories = new Topic<>(this.prefix + STORIES, KEYS, new JsonSerde<>(Story.class));
    this.alertsDelivered = new Topic<>(this.prefix + ALERTS_DELIVERED, KEYS, new JsonSerde<>(AlertDelivery.class));
    this.alertsUndelivered =
        new Topic<>(this.prefix + ALERTS_UNDELIVERED, KEYS, new JsonSerde<>(UndeliveredAlert.class));
  }

  /** Items with signatures, in arrival order; key = item uri; one partition. */
  public Topic<String, SignedItem> signatures() {
    return signatures;
  }

  /** Decided items; key = story id. */
  public Topic<String, DecidedItem> storyItems() {
    return storyItems;
  }

  /** Merged stories (compacted); key = story id. */
  public Topic<String, Story> stories() {
    return stories;
  }

  public String prefix() {
    return prefix;
  }

  /** Bytes as received; key = source id; headers source, format.hint, receivedAt. */
  public Topic<String, byte[]> raw() {
    return raw;
  }

  /** Normalised items; key = item uri. */
  public Topic<String, WireItem> items() {
    return items;
  }

  /** One decision per item; key = item uri. */
  public Topic<String, Decision> decisions() {
    return decisions;
  }

  /** Rejected input: the original bytes with error.* headers; key = source id. */
  public Topic<String, byte[]> dlq() {
    return dlq;
  }

  /** Alerts; key = story id. */
  public Topic<String, Alert> alerts() {
    return alerts;
  }

  /** What each channel did with each alert (compacted); key = {@code <channel>:<alertId>}. */
  public Topic<String, AlertDelivery> alertsDelivered() {
    return alertsDelivered;
  }

  /** Alerts a channel gave up on, with the reason; key = story id. */
  public Topic<String, UndeliveredAlert> alertsUndelivered() {
    return alertsUndelivered;
  }

  /** All topic names, in pipeline order. */
  public List<String> all() {
    return List.of(raw.name(), items.name(), signatures.name(), decisions.name(), storyItems.name(),
        stories.name(), alerts.name(), dlq.name(), alertsDelivered.name(), alertsUndelivered.name());
  }
}
