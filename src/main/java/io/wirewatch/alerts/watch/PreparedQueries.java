package io.wirewatch.alerts.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Rewrites a stored query once, at load, when no item's index could rewrite it differently: a query of terms,
 * phrases and their boolean combinations rewrites the same against any index, so rewriting it again for
 * every candidate item (which the matcher otherwise must, and which cost as much as the match itself) is
 * skipped. A query with a wildcard, range or fuzzy term expands against each item's own words and is
 * rewritten per item as before.
 */
final class PreparedQueries {
  private static final IndexSearcher EMPTY = emptySearcher();

  private PreparedQueries() {}

  /** The query as it rewrites against any index, or {@code query} itself when that depends on the index. */
  static Query prepare(Query query) {
    if (!rewritesAlike(query)) {
      return query;
    }
    try {
      return EMPTY.rewrite(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IndexSearcher emptySearcher() {
    try {
      return new IndexSearcher(new MultiReader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when the query is made only of term, phrase, boolean, boost and constant-score queries. */
  static boolean rewritesAlike(Query query) {
    if (query instanceof TermQuery || query instanceof PhraseQuery || query instanceof MatchNoDocsQuery
        || query instanceof MatchAllDocsQuery) {
      return true;
    }
    if (query instanceof ConstantScoreQuery c) {
      return rewritesAlike(c.getQuery());
    }
    if (query instanceof BoostQuery b) {
      return rewritesAlike(b.getQuery());
    }
    if (query instanceof BooleanQuery b) {
      for (BooleanClause c : b.clauses()) {
        if (!rewritesAlike(c.query())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
