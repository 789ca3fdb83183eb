package io.wirewatch.alerts.watch;

/**
 * A watchlist problem: a file that cannot be read or a query that cannot be used. Other queries go on.
 *
 * @param file the file
 * @param line the line (1-based; 0 when unknown)
 * @param queryId the query's id when known, else null
 * @param message what is wrong
 */
public record WatchError(String file, int line, String queryId, String message) {
  @Override
  public String toString() {
    return file + ":" + line + (queryId == null ? "" : " [" + queryId + "]") + ": " + message;
  }
}
