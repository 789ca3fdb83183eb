package io.wirewatch.alerts.watch;

import io.wirewatch.model.WireItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The matched terms of a query in context: "body: ...police fired [tear gas] at protesters...". One
 * instance serves the matches of one item: the item's in-memory index (with offsets) is built at the first
 * query asked about and reused for the others.
 */
final class Highlights {
  static final int CONTEXT = 40;
  static final int MAX = 10;
  /** What {@code \\s} matches: the ASCII whitespace characters. */
  private static final java.util.function.IntPredicate WHITESPACE = c -> c == ' ' || c == '\t' || c == '\n'
      || c == 0x0B || c == '\f' || c == '\r';
  /** Shared by every item and never closed: analyzers are thread-safe, and a reload must not close it. */
  private static final Analyzer ANALYZER = WatchDocuments.analyzer();

  private final WireItem item;
  private IndexSearcher searcher;

  Highlights(WireItem item) {
    this.item = item;
  }

  /** Where {@code query} matches the item: each hit with its context, field by field (by name), in text order. */
  synchronized List<String> of(Query query) {
    try {
      if (searcher == null) {
        MemoryIndex index = MemoryIndex.fromDocument(WatchDocuments.of(item), ANALYZER, true, false);
        searcher = index.createSearcher();
      }
      Query rewritten = PreparedQueries.rewritesAlike(query) ? query : searcher.rewrite(query);
      Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
      Matches matches = weight.matches(searcher.getIndexReader().leaves().get(0), 0);
      List<String> out = new ArrayList<>();
      if (matches == null) {
        return out;
      }
      TreeSet<String> fields = new TreeSet<>();
      matches.forEach(fields::add);
      for (String field : fields) {
        String text = WatchDocuments.text(item, field);
        MatchesIterator it = matches.getMatches(field);
        if (text == null || it == null) {
          continue;
        }
        TreeSet<long[]> hits = new TreeSet<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
            : Long.compare(a[1], b[1]));
        while (it.next()) {
          hits.add(new long[] {it.startOffset(), it.endOffset()});
        }
        for (long[] hit : hits) {
          if (out.size() >= MAX) {
            return out;
          }
          if (hit[0] >= 0 && hit[1] <= text.length() && hit[0] < hit[1]) {
            out.add(field + ": " + snippet(text, (int) hit[0], (int) hit[1]));
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String snippet(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    StringBuilder out = new StringBuilder(to - from + 8).append(from > 0 ? "..." : "");
    collapsed(text, from, start, out).append('[').append(text, start, end).append(']');
    return collapsed(text, end, to, out).append(to < text.length() ? "..." : "").toString();
  }

  /** Appends {@code text[from, to)} with each run of whitespace as one space (what a regex would do, cheaper). */
  private static StringBuilder collapsed(String text, int from, int to, StringBuilder out) {
    boolean inSpace = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (WHITESPACE.test(c)) {
        if (!inSpace) {
          out.append(' ');
        }
        inSpace = true;
      } else {
        out.append(c);
        inSpace = false;
      }
    }
    return out;
  }
}
