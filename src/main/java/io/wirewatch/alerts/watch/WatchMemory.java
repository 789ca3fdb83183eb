package io.wirewatch.alerts.watch;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The watch queries that already raised a WATCH alert for one story: a desk hears about a story once per
 * query, not once per item. Kept in the story state (JSON-serialisable).
 *
 * @param queryIds ids of queries that alerted, as "desk/queryId"
 */
public record WatchMemory(Set<String> queryIds) {
  public WatchMemory {
    queryIds = queryIds == null ? Set.of() : Set.copyOf(queryIds);
  }

  public static WatchMemory empty() {
    return new WatchMemory(Set.of());
  }

  /** True when the query already alerted for this story. */
  public boolean alreadyAlerted(String desk, String queryId) {
    return queryIds.contains(key(desk, queryId));
  }

  /** A copy that remembers the query as alerted. */
  public WatchMemory remember(String desk, String queryId) {
    if (alreadyAlerted(desk, queryId)) {
      return this;
    }
    Set<String> next = new LinkedHashSet<>(queryIds);
    next.add(key(desk, queryId));
    return new WatchMemory(next);
  }

  /** A copy that remembers every one of {@code queries} as alerted: one copy of the set for an item's matches. */
  public WatchMemory rememberAll(java.util.Collection<WatchQuery> queries) {
    Set<String> next = new LinkedHashSet<>(queryIds);
    for (WatchQuery q : queries) {
      next.add(key(q.desk(), q.id()));
    }
    return next.size() == queryIds.size() ? this : new WatchMemory(next);
  }

  private static String key(String desk, String queryId) {
    return desk + "/" + queryId;
  }
}
