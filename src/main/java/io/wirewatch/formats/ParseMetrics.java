package io.wirewatch.formats;

import java.util.List;
import io.wirewatch.model.WireItem;

/**
 * Told about every parse: how long it took and how it ended. The parse processor calls it; the app counts
 * it in its metrics. Pure, so parsers and tests need neither Kafka nor a metrics library.
 */
public interface ParseMetrics {
  /** Counts nothing. */
  ParseMetrics NONE = new ParseMetrics() {};

  /** One transmission became {@code items} in {@code nanos}. */
  default void parsed(List<WireItem> items, long nanos) {}

  /** One transmission was rejected for {@code reason} after {@code nanos}. */
  default void rejected(RejectReason reason, long nanos) {}
}
