package io.wirewatch.ingest;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the poller remembers about one feed: its validators (ETag, Last-Modified), the entries already
 * produced (guid + updated, the most recent {@link #MAX_SEEN}), consecutive failures and when it is due.
 * The delay after a failure doubles from the feed's interval up to a maximum backoff.
 */
public final class FeedState {
  static final int MAX_SEEN = 10_000;

  private final String name;
  private final URI url;
  private final Duration interval;
  private final Map<String, Boolean> seen = new LinkedHashMap<>(256, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > MAX_SEEN;
    }
  };
  private String etag;
  private String lastModified;
  private int failures;
  private Instant due = Instant.EPOCH;

  public FeedState(String name, URI url, Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("feed " + name + ": interval must be positive");
    }
    this.name = name;
    this.url = url;
    this.interval = interval;
  }

  public String name() { return name; }
  public URI url() { return url; }
  public Duration interval() { return interval; }
  public String etag() { return etag; }
  public String lastModified() { return lastModified; }
  public int failures() { return failures; }
  public Instant due() { return due; }

  /** True the first time a key is offered: the entry has not been produced yet. */
  boolean isNew(String seenKey) {
    return !seen.containsKey(seenKey);
  }

  void remember(String seenKey) {
    seen.put(seenKey, Boolean.TRUE);
  }

  void validators(String newEtag, String newLastModified) {
    if (newEtag != null) {
      etag = newEtag;
    }
    if (newLastModified != null) {
      lastModified = newLastModified;
    }
  }

  /** After a successful poll (200 or 304): due again one interval later. */
  void succeeded(Instant now) {
    failures = 0;
    due = now.plus(interval);
  }

  /** After a failed poll: due again after the backoff delay. */
  void failed(Instant now, Duration maxBackoff) {
    failures++;
    due = now.plus(backoff(interval, failures, maxBackoff));
  }

  /** interval * 2^failures, capped at maxBackoff (and never below the interval). */
  static Duration backoff(Duration interval, int failures, Duration maxBackoff) {
    Duration d = interval;
    for (int i = 0; i < failures && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? (interval.compareTo(maxBackoff) > 0 ? interval : maxBackoff) : d;
  }
}
