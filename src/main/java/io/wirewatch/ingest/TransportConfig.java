package io.wirewatch.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Settings of the ingest transports (keys {@code ingest.*}, parsed in {@code app}).
 *
 * @param httpToken shared token for {@code POST /ingest}; empty = none
 * @param spool the spool-directory watcher
 * @param feeds the configured feeds ({@code ingest.feeds.<name>.url})
 * @param feedDefaultInterval interval of feeds that set none, and of {@code poll URL...}
 * @param feedMaxBackoff the longest wait after repeated errors
 * @param feedTimeout connect and read timeout of one poll
 */
public record TransportConfig(String httpToken, Spool spool, List<Feed> feeds, Duration feedDefaultInterval,
    Duration feedMaxBackoff, Duration feedTimeout) {

  public TransportConfig {
    httpToken = httpToken == null ? "" : httpToken.trim();
    feeds = List.copyOf(feeds);
  }

  /**
   * The spool watcher.
   *
   * @param dir the folder to watch when {@code watch} gets none; null = must be given
   * @param archiveDir where produced files go; null = {@code <dir>/archive}
   * @param stableFor how long size and time must not change before a file without done-marker is taken
   * @param scanInterval how often the folder is scanned
   */
  public record Spool(Path dir, Path archiveDir, Duration stableFor, Duration scanInterval) {
    /** The archive folder for a watched folder. */
    public Path archiveFor(Path watched) {
      return archiveDir != null ? archiveDir : watched.resolve("archive");
    }
  }

  /** One configured feed. */
  public record Feed(String name, URI url, Duration interval) {}

  /** Defaults: no token, no spool folder, no feeds, 5 min interval, 30 min max backoff, 20 s timeout. */
  public static TransportConfig defaults() {
    return new TransportConfig("", new Spool(null, null, Duration.ofSeconds(2), Duration.ofSeconds(1)), List.of(),
        Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofSeconds(20));
  }
}
