package io.wirewatch.alerts.watch;

import io.wirewatch.model.WireItem;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches items against the desks' stored queries on Apache Lucene Monitor. Built from a watchlist
 * directory, it reloads when a file there changes ({@link #reloadIfChanged()}, or by itself every interval
 * after {@link #startPolling}): the new queries are compiled into a new Monitor first, then swapped in
 * atomically, so matching never sees half a reload. Thread-safe.
 */
public final class WatchlistMatcher implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(WatchlistMatcher.class);

  private final Path dir;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private WatchIndex index;
  private String fingerprint;
  private ScheduledExecutorService poller;

  private WatchlistMatcher(Path dir, WatchIndex index, String fingerprint) {
    this.dir = dir;
    this.index = index;
    this.fingerprint = fingerprint;
  }

  /** A matcher on the watchlist files of {@code dir} (no files: no queries). */
  public static WatchlistMatcher fromDirectory(Path dir) {
    String print = fingerprint(dir);
    return new WatchlistMatcher(dir, WatchIndex.build(WatchlistLoader.load(dir)), print);
  }

  /** A matcher on given queries, without files (tests, benchmarks). */
  public static WatchlistMatcher of(List<WatchQuery> queries) {
    return new WatchlistMatcher(null, WatchIndex.build(new WatchlistLoader.Loaded(queries, List.of())), "");
  }

  /** The queries that match the item, with their highlights, in desk and id order. */
  public List<WatchMatch> match(WireItem item) {
    lock.readLock().lock();
    try {
      return index.match(item);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Problems of the current watchlists: unreadable files and broken queries, with file and line. */
  public List<WatchError> errors() {
    lock.readLock().lock();
    try {
      return index.errors();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** How many queries are active. */
  public int size() {
    lock.readLock().lock();
    try {
      return index.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Reloads when a watchlist file was added, removed or changed; true when it reloaded. */
  public boolean reloadIfChanged() {
    if (dir == null) {
      return false;
    }
    String now = fingerprint(dir);
    if (now.equals(fingerprint)) {
      return false;
    }
    WatchIndex fresh = WatchIndex.build(WatchlistLoader.load(dir));
    WatchIndex old;
    lock.writeLock().lock();
    try {
      old = index;
      index = fresh;
      fingerprint = now;
    } finally {
      lock.writeLock().unlock();
    }
    old.close();
    LOG.info("watchlists reloaded from {}: {} queries, {} errors", dir, fresh.size(), fresh.errors().size());
    fresh.errors().forEach(e -> LOG.warn("watchlist error {}", e));
    return true;
  }

  /** Checks the directory for changes every {@code interval} on a daemon thread until {@link #close()}. */
  public synchronized void startPolling(Duration interval) {
    Objects.requireNonNull(interval, "interval");
    if (poller != null || dir == null) {
      return;
    }
    poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "watchlist-reload");
      t.setDaemon(true);
      return t;
    });
    long ms = Math.max(1, interval.toMillis());
    poller.scheduleWithFixedDelay(this::reloadQuietly, ms, ms, TimeUnit.MILLISECONDS);
  }

  private void reloadQuietly() {
    try {
      reloadIfChanged();
    } catch (RuntimeException e) {
      LOG.warn("watchlist reload from {} failed; keeping the previous queries", dir, e);
    }
  }

  @Override
  public synchronized void close() {
    if (poller != null) {
      poller.shutdownNow();
      poller = null;
    }
    lock.writeLock().lock();
    try {
      index.close();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Names, sizes and modification times of the watchlist files: any change means reload. */
  static String fingerprint(Path dir) {
    StringBuilder sb = new StringBuilder();
    try {
      for (Path f : WatchlistLoader.files(dir)) {
        sb.append(f.getFileName()).append(':').append(Files.size(f)).append(':')
            .append(Files.getLastModifiedTime(f).toMillis()).append(';');
      }
    } catch (IOException e) {
      sb.append("unreadable:").append(e.getMessage());
    }
    return sb.toString();
  }

}
