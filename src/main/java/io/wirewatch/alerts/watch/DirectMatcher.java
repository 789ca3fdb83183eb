package io.wirewatch.alerts.watch;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Decides whether a candidate query matches the item's in-memory index by walking the query's own iterator
 * over the item's few documents, instead of a full search with a collector. A search sets up a bulk scorer
 * and consults the query cache for each of the dozens of candidates per item, which cost more than the
 * match itself on a one-document index; the matches are the same.
 */
final class DirectMatcher extends CandidateMatcher<QueryMatch> {
  /** Creates one per item batch; the batch's searcher gets no query cache (it lives for one item). */
  static final MatcherFactory<QueryMatch> FACTORY = searcher -> {
    searcher.setQueryCache(null);
    return new DirectMatcher(searcher);
  };

  private DirectMatcher(IndexSearcher searcher) {
    super(searcher);
  }

  @Override
  public void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata) throws IOException {
    Query rewritten = PreparedQueries.rewritesAlike(matchQuery) ? matchQuery : searcher.rewrite(matchQuery);
    Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier == null) {
        continue;
      }
      Scorer scorer = supplier.get(Long.MAX_VALUE);
      TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
      DocIdSetIterator docs = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
          addMatch(new QueryMatch(queryId), leaf.docBase + doc);
        }
      }
    }
  }

  @Override
  public QueryMatch resolve(QueryMatch match1, QueryMatch match2) {
    return match1;
  }
}
