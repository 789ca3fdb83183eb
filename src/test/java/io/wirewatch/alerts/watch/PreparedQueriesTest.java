package io.wirewatch.alerts.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Severity;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * Queries are rewritten once at load only where every item's index would rewrite them alike, and the
 * presearcher filters each conjunction on the term fewest of the watchlist's queries share.
 */
class PreparedQueriesTest {
  private static Query parse(String q) throws ParseException {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(WatchDocuments.DEFAULT_FIELDS, WatchDocuments.analyzer());
    return parser.parse(q);
  }

  @Test
  void shouldRewriteTermsPhrasesAndBooleansAtLoadButLeaveExpandingTermsToEachItem() throws ParseException {
    Query plain = parse("\"tear gas\"~2 AND police AND -football");
    Query prepared = PreparedQueries.prepare(plain);
    assertThat(PreparedQueries.rewritesAlike(plain)).isTrue();
    assertThat(PreparedQueries.rewritesAlike(prepared)).isTrue();
    assertThat(prepared).isEqualTo(plain); // already at its fixed point: nothing for an item to change

    Query wildcard = parse("mongol* AND parliament");
    Query range = parse("urgency:[1 TO 3] AND protesters");
    assertThat(PreparedQueries.rewritesAlike(wildcard)).isFalse();
    assertThat(PreparedQueries.prepare(wildcard)).isSameAs(wildcard);
    assertThat(PreparedQueries.rewritesAlike(range)).isFalse();
  }

  @Test
  void shouldTurnAOneWordPhraseIntoTheTermAnItemWouldRewriteItTo() {
    Query phrase = new BooleanQuery.Builder()
        .add(new PhraseQuery("body", "gas"), org.apache.lucene.search.BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term("body", "police")), org.apache.lucene.search.BooleanClause.Occur.MUST)
        .build();
    Query prepared = PreparedQueries.prepare(phrase);
    assertThat(prepared.toString()).isEqualTo("+body:gas +body:police");
  }

  @Test
  void shouldWeighATermByHowFewQueriesOfTheWatchlistUseIt() throws ParseException {
    List<Query> queries = List.of(parse("kavala AND flood"), parse("drama AND flood"), parse("serres AND flood"));
    TermWeightor rarity = QueryTermRarity.of(queries);
    assertThat(rarity.applyAsDouble(new Term("body", "kavala"))).isGreaterThan(
        rarity.applyAsDouble(new Term("body", "flood")));
    // combined with the default length weighting, the shorter name still outweighs the shared topic word
    TermWeightor both = TermWeightor.combine(TermWeightor.DEFAULT, rarity);
    assertThat(both.applyAsDouble(new Term("body", "drama"))).isGreaterThan(
        both.applyAsDouble(new Term("body", "flood")));
  }

  @Test
  void shouldMatchTheSameItemsWhicheverTermThePresearcherChose() {
    // every query shares "gas" with the others; each is a candidate only through its rarer term, yet all
    // that the item satisfies match, and none that it does not
    List<WatchQuery> queries = List.of(
        new WatchQuery("d", "a", "mongolia AND gas", Severity.LOW, List.of(), "t.yaml", 1),
        new WatchQuery("d", "b", "cannons AND gas", Severity.LOW, List.of(), "t.yaml", 2),
        new WatchQuery("d", "c", "kazakhstan AND gas", Severity.LOW, List.of(), "t.yaml", 3),
        new WatchQuery("d", "e", "\"tear gas\" AND -football", Severity.LOW, List.of(), "t.yaml", 4));
    try (WatchlistMatcher m = WatchlistMatcher.of(queries)) {
      assertThat(m.match(WatchlistMatcherTest.item("AP", 2, "Police fire tear gas in Mongolia",
          "Police used water cannons.")).stream().map(w -> w.query().id()))
          .containsExactlyInAnyOrder("a", "b", "e");
    }
  }
}
