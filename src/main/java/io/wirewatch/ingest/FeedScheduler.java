package io.wirewatch.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Runs the poller over several feeds, each on its own interval and backoff, until interrupted. */
public final class FeedScheduler {
  private final FeedPoller poller;
  private final List<FeedState> feeds;
  private final Clock clock;

  public FeedScheduler(FeedPoller poller, List<FeedState> feeds, Clock clock) {
    if (feeds.isEmpty()) {
      throw new IllegalArgumentException("no feeds to poll: give URLs or configure ingest.feeds.<name>.url");
    }
    this.poller = poller;
    this.feeds = List.copyOf(feeds);
    this.clock = clock;
  }

  /** Polls every feed once. */
  public void pollAllOnce() throws InterruptedException {
    for (FeedState feed : feeds) {
      poller.poll(feed);
    }
  }

  /** Polls each feed whenever it is due; sleeps until the next one is due; stops when interrupted. */
  public void run() throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      Instant now = clock.instant();
      Instant next = Instant.MAX;
      for (FeedState feed : feeds) {
        if (!feed.due().isAfter(now)) {
          poller.poll(feed);
        }
        next = next.isBefore(feed.due()) ? next : feed.due();
      }
      long sleep = Math.max(50, Duration.between(clock.instant(), next).toMillis());
      Thread.sleep(sleep);
    }
  }
}
