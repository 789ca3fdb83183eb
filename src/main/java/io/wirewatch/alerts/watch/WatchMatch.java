package io.wirewatch.alerts.watch;

import io.wirewatch.model.AlertDetails;
import java.util.List;

/**
 * A stored query that matched an item, with the matched terms in context ("body: ...police fired
 * [tear gas] at..."). The highlights are wire text: channels escape them.
 */
public record WatchMatch(WatchQuery query, List<String> highlights) {
  public WatchMatch {
    highlights = List.copyOf(highlights);
  }

  /** The WATCH alert's details. */
  public AlertDetails.Watch details() {
    return new AlertDetails.Watch(query.id(), query.query(), query.desk(), highlights);
  }
}
