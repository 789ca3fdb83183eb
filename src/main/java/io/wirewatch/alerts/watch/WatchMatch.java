package io.wirewatch.alerts.watch;

import io.wirewatch.model.AlertDetails;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A stored query that matched an item, with the matched terms in context ("body: ...police fired
 * [tear gas] at..."). The highlights are wire text: channels escape them. They are worked out when first
 * asked for: a story alerts a desk's query once, so most matches of a busy story are never shown, and
 * locating the hits of a query costs more than knowing that it matched.
 */
public final class WatchMatch {
  private final WatchQuery query;
  private Supplier<List<String>> highlighter;
  private List<String> highlights;

  /** A match whose highlights are already known. */
  public WatchMatch(WatchQuery query, List<String> highlights) {
    this.query = Objects.requireNonNull(query, "query");
    this.highlights = List.copyOf(highlights);
  }

  /** A match whose highlights {@code highlighter} works out on first use. */
  WatchMatch(WatchQuery query, Supplier<List<String>> highlighter) {
    this.query = Objects.requireNonNull(query, "query");
    this.highlighter = Objects.requireNonNull(highlighter, "highlighter");
  }

  public WatchQuery query() {
    return query;
  }

  /** The matched terms in context, at most {@value Highlights#MAX}. */
  public synchronized List<String> highlights() {
    if (highlights == null) {
      highlights = List.copyOf(highlighter.get());
      highlighter = null;
    }
    return highlights;
  }

  /** The WATCH alert's details. */
  public AlertDetails.Watch details() {
    return new AlertDetails.Watch(query.id(), query.query(), query.desk(), highlights());
  }

  @Override
  public String toString() {
    return "WatchMatch[" + query.desk() + "/" + query.id() + "]";
  }
}
