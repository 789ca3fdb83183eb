package io.wirewatch.app;

import io.wirewatch.ingest.TransportConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Parses the {@code ingest.*} transport keys into a {@link TransportConfig}; a bad value names its key. */
final class TransportConfigs {
  private static final String FEEDS = "ingest.feeds.";
  private static final List<String> FEED_GLOBALS = List.of("interval.ms", "backoff.max.ms", "timeout.ms");

  private TransportConfigs() {}

  static TransportConfig parse(Map<String, String> raw) {
    TransportConfig d = TransportConfig.defaults();
    TransportConfig.Spool spool = new TransportConfig.Spool(path(raw, "ingest.spool.dir"),
        path(raw, "ingest.spool.archive.dir"), millis(raw, "ingest.spool.stable.ms", d.spool().stableFor()),
        millis(raw, "ingest.spool.scan.interval.ms", d.spool().scanInterval()));
    Duration interval = millis(raw, FEEDS + "interval.ms", d.feedDefaultInterval());
    return new TransportConfig(raw.getOrDefault("ingest.http.token", ""), spool, feeds(raw, interval), interval,
        millis(raw, FEEDS + "backoff.max.ms", d.feedMaxBackoff()), millis(raw, FEEDS + "timeout.ms", d.feedTimeout()));
  }

  /** {@code ingest.feeds.<name>.url} (required) and {@code ingest.feeds.<name>.interval.ms} (optional). */
  private static List<TransportConfig.Feed> feeds(Map<String, String> raw, Duration defaultInterval) {
    TreeSet<String> names = new TreeSet<>();
    raw.keySet().stream().filter(k -> k.startsWith(FEEDS))
        .map(k -> k.substring(FEEDS.length()))
        .filter(rest -> FEED_GLOBALS.stream().noneMatch(rest::equals))
        .forEach(rest -> names.add(rest.substring(0, Math.max(rest.indexOf('.'), 0))));
    List<TransportConfig.Feed> feeds = new ArrayList<>();
    for (String name : names) {
      String key = FEEDS + name + ".url";
      String url = raw.get(key);
      if (name.isEmpty() || url == null || url.isBlank()) {
        throw new IllegalArgumentException("config " + key + ": every configured feed needs a url");
      }
      feeds.add(new TransportConfig.Feed(name, uri(key, url.trim()),
          millis(raw, FEEDS + name + ".interval.ms", defaultInterval)));
    }
    return feeds;
  }

  static URI uri(String key, String value) {
    try {
      URI u = URI.create(value);
      if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) {
        throw new IllegalArgumentException("not http(s)");
      }
      return u;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("config " + key + ": expected an http(s) URL, got '" + value + "'");
    }
  }

  private static Path path(Map<String, String> raw, String key) {
    String v = raw.get(key);
    return v == null || v.isBlank() ? null : Path.of(v.trim());
  }

  private static Duration millis(Map<String, String> raw, String key, Duration def) {
    String v = raw.get(key);
    return v == null || v.isBlank() ? def : Duration.ofMillis(ConfigKeys.parsePositive(key, v));
  }
}
