package io.wirewatch.app;

import io.wirewatch.model.Story;
import io.wirewatch.web.StoryQueries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The open-stories gauge: stories in this instance's store whose last item is within the story window of
 * the newest story's (event time, like the clusterer's own window). Counting reads the local store, so the
 * result is kept for {@code refresh} between scrapes; instances' values add up to the cluster's.
 */
final class OpenStories implements Supplier<Number> {
  private final StoryQueries queries;
  private final Duration window;
  private final Duration refresh;
  private final Clock clock;
  private Instant countedAt = Instant.MIN;
  private int count;

  OpenStories(StoryQueries queries, Duration window, Duration refresh, Clock clock) {
    this.queries = queries;
    this.window = window;
    this.refresh = refresh;
    this.clock = clock;
  }

  @Override
  public synchronized Number get() {
    Instant now = clock.instant();
    if (countedAt.plus(refresh).isAfter(now)) {
      return count;
    }
    try {
      List<Story> local = queries.since(Instant.EPOCH, Integer.MAX_VALUE, true);
      count = local.isEmpty() ? 0 : open(local);
      countedAt = now;
    } catch (RuntimeException e) {
      // the store is not queryable while the app rebalances: keep the last count
    }
    return count;
  }

  private int open(List<Story> stories) {
    Instant newest = stories.stream().map(Story::lastSeen).max(Instant::compareTo).orElseThrow();
    Instant cutoff = newest.minus(window);
    return (int) stories.stream().filter(s -> !s.lastSeen().isBefore(cutoff)).count();
  }
}
