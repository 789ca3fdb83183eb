package io.wirewatch.alerts.watch;

import io.wirewatch.model.Severity;
import java.util.List;
import java.util.Objects;

/**
 * One stored query of a desk, as read from a watchlist file.
 *
 * @param desk the desk that owns it (the file's {@code desk})
 * @param id the query's id, unique within the desk
 * @param query the Lucene query string (default fields: headline and body)
 * @param severity the severity of its WATCH alerts
 * @param channels the channels its alerts go to
 * @param file the file it came from
 * @param line the line of the file where it starts
 */
public record WatchQuery(String desk, String id, String query, Severity severity, List<String> channels,
    String file, int line) {
  public WatchQuery {
    Objects.requireNonNull(desk, "desk");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(query, "query");
    severity = Objects.requireNonNullElse(severity, Severity.MEDIUM);
    channels = channels == null ? List.of() : List.copyOf(channels);
  }

  /** The id the Monitor knows it by: desk and query id. */
  public String key() {
    return desk + "/" + id;
  }
}
