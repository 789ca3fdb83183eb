package io.wirewatch.formats;

import io.wirewatch.model.WireItem;
import java.util.List;

/** The outcome of parsing one transmission: items (usually one; a feed may hold several) or a rejection. */
public sealed interface ParseResult {

  /** Parsed; {@code items} is never empty. */
  record Accepted(String format, List<WireItem> items) implements ParseResult {
    public Accepted {
      items = List.copyOf(items);
      if (items.isEmpty()) {
        throw new IllegalArgumentException("Accepted needs at least one item");
      }
    }
  }

  /** Not parsed: a reason code and a sentence a person understands. */
  record Rejected(RejectReason reason, String message, String format) implements ParseResult {}
}
