package io.wirewatch.alerts.watch;

import io.wirewatch.model.WireItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One generation of compiled queries: a Lucene Monitor and what failed to compile. The presearcher indexes
 * one term of each conjunction, the one fewest of the watchlist's queries use ({@link QueryTermRarity}), and
 * an item is a candidate only when it holds it, so a query that pairs a name with common topic words ("flood
 * AND rescue AND Kavala") runs only on items that name its place; metadata fields ({@code agency},
 * {@code language}, {@code urgency}) are the last terms chosen, because one agency's value is in a third of
 * all items. Queries are rewritten once at load where they can be ({@link PreparedQueries}).
 */
final class WatchIndex {
  /**
   * Terms indexed per conjunction. With the rarest term chosen, one is enough: a second or third pass adds
   * the topic words, whose posting lists every item then reads, and that costs more than checking the few
   * extra candidates they would have ruled out (measured with 10,000 generated desk queries: one pass 0.92 ms
   * of CPU per item, two 1.30, three 1.37, on the same loaded machine).
   */
  static final int PASSES = 1;
  private static final float METADATA_WEIGHT = 0.01f;
  /** Queries committed to the Monitor at a time, which bounds the heap a large watchlist needs to load. */
  private static final int REGISTER_BATCH = 500;
  private static final Logger LOG = LoggerFactory.getLogger(WatchIndex.class);

  private final Analyzer analyzer;
  private final Monitor monitor;
  private final Map<String, WatchQuery> byKey;
  /** The compiled query of each key, for highlighting the queries that matched. */
  private final Map<String, Query> queries;
  private final List<WatchError> errors;

  private WatchIndex(Analyzer analyzer, Monitor monitor, Map<String, WatchQuery> byKey, Map<String, Query> queries,
      List<WatchError> errors) {
    this.analyzer = analyzer;
    this.monitor = monitor;
    this.byKey = Map.copyOf(byKey);
    this.queries = Map.copyOf(queries);
    this.errors = List.copyOf(errors);
  }

  static WatchIndex build(WatchlistLoader.Loaded loaded) {
    Analyzer analyzer = WatchDocuments.analyzer();
    List<WatchError> errors = new ArrayList<>(loaded.errors());
    Map<String, WatchQuery> byKey = new HashMap<>();
    Map<String, Query> queries = new HashMap<>();
    List<MonitorQuery> compiled = new ArrayList<>();
    for (WatchQuery q : loaded.queries()) {
      try {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(WatchDocuments.DEFAULT_FIELDS, analyzer);
        parser.setAllowLeadingWildcard(false);
        Query query = parser.parse(q.query());
        String unmatchable = PresearcherDefeats.reason(query);
        if (unmatchable != null) {
          errors.add(new WatchError(q.file(), q.line(), q.id(), "query '" + q.query() + "' " + unmatchable));
          continue;
        }
        Query prepared = PreparedQueries.prepare(query);
        compiled.add(new MonitorQuery(q.key(), prepared, q.query(), Map.of()));
        byKey.put(q.key(), q);
        queries.put(q.key(), prepared);
      } catch (ParseException | RuntimeException e) {
        errors.add(new WatchError(q.file(), q.line(), q.id(), "bad query '" + q.query() + "': "
            + firstLine(e.getMessage())));
      }
    }
    try {
      TermWeightor weightor = TermWeightor.combine(TermWeightor.DEFAULT, QueryTermRarity.of(queries.values()),
          TermWeightor.fieldWeightor(METADATA_WEIGHT, WatchDocuments.METADATA_FIELDS));
      Monitor monitor = new Monitor(analyzer,
          new MultipassTermFilteredPresearcher(PASSES, 0f, weightor, List.of(), Set.of()),
          new OneSegmentConfiguration());
      // in batches: one commit of every query builds all their presearcher documents at once
      for (int from = 0; from < compiled.size(); from += REGISTER_BATCH) {
        monitor.register(compiled.subList(from, Math.min(compiled.size(), from + REGISTER_BATCH)));
      }
      return new WatchIndex(analyzer, monitor, byKey, queries, errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<WatchMatch> match(WireItem item) {
    try {
      MatchingQueries<QueryMatch> result = monitor.match(WatchDocuments.of(item), DirectMatcher.FACTORY);
      result.getErrors().forEach((key, e) -> LOG.warn("watch query {} failed on an item: {}", key, e.toString()));
      List<WatchMatch> out = new ArrayList<>();
      Highlights highlights = new Highlights(item);
      for (QueryMatch m : result.getMatches()) {
        WatchQuery q = byKey.get(m.getQueryId());
        Query compiled = queries.get(m.getQueryId());
        if (q != null && compiled != null) {
          out.add(new WatchMatch(q, () -> highlights.of(compiled)));
        }
      }
      return sorted(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<WatchError> errors() {
    return errors;
  }

  int size() {
    return byKey.size();
  }

  void close() {
    try {
      monitor.close();
      analyzer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  static List<WatchMatch> sorted(List<WatchMatch> matches) {
    List<WatchMatch> out = new ArrayList<>(matches);
    out.sort(Comparator.comparing((WatchMatch m) -> m.query().desk()).thenComparing(m -> m.query().id()));
    return out;
  }
}
