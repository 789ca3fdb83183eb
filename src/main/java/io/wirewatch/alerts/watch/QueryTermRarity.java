package io.wirewatch.alerts.watch;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Weighs each query term by how few of the watchlist's queries use it, so the presearcher filters every
 * conjunction on its rarest term. A word many desks combine with their names (flood, police, killed) is a word
 * of most copy as well: a query indexed under it is a candidate for most items, and the presearcher reads its
 * long posting list for every item. The term fewest queries share (usually the person, place or firm a desk
 * watches) lets through only the items that name it. A small watchlist, where every term is used once, keeps
 * the default order (longer terms first).
 */
final class QueryTermRarity {
  private QueryTermRarity() {}

  /** A weightor of 1/n for a term that n of {@code queries} contain (in any field), 1 for others. */
  static TermWeightor of(Collection<Query> queries) {
    Map<String, Integer> queriesUsing = new HashMap<>();
    for (Query q : queries) {
      Set<Term> terms = new HashSet<>();
      q.visit(QueryVisitor.termCollector(terms));
      Set<String> texts = new HashSet<>();
      terms.forEach(t -> texts.add(t.text()));
      texts.forEach(t -> queriesUsing.merge(t, 1, Integer::sum));
    }
    return term -> {
      Integer n = queriesUsing.get(term.text());
      return n == null ? 1 : 1.0 / n;
    };
  }
}
