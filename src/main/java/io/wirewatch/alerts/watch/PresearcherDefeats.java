package io.wirewatch.alerts.watch;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Finds stored queries the Monitor's term-filtering presearcher cannot narrow down, or that can never
 * match: a query made only of negations ({@code -sport}, {@code NOT football}) selects no document in
 * Lucene and would silently never alert. Such a query is refused at load with the reason (leading
 * wildcards are refused by the parser: they would have to be tried against every item).
 */
final class PresearcherDefeats {
  private PresearcherDefeats() {}

  /** Why the query is refused, or null when it is fine. */
  static String reason(Query query) {
    if (query instanceof BooleanQuery b && !b.clauses().isEmpty()
        && b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      return "has only negated terms, so it can never match: add a term it must contain";
    }
    return null;
  }
}
