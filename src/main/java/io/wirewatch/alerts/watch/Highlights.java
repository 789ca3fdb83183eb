package io.wirewatch.alerts.watch;

import io.wirewatch.model.WireItem;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.monitor.HighlightsMatch;

/** The matched terms of a query in context: "body: ...police fired [tear gas] at protesters...". */
final class Highlights {
  static final int CONTEXT = 40;
  static final int MAX = 10;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Highlights() {}

  static List<String> of(WireItem item, HighlightsMatch match) {
    List<String> out = new ArrayList<>();
    for (String field : new TreeSet<>(match.getFields())) {
      String text = WatchDocuments.text(item, field);
      if (text == null) {
        continue;
      }
      for (HighlightsMatch.Hit hit : new TreeSet<>(match.getHits(field))) {
        if (out.size() >= MAX) {
          return out;
        }
        if (hit.startOffset() >= 0 && hit.endOffset() <= text.length() && hit.startOffset() < hit.endOffset()) {
          out.add(field + ": " + snippet(text, hit.startOffset(), hit.endOffset()));
        }
      }
    }
    return out;
  }

  static String snippet(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    String before = WHITESPACE.matcher(text.substring(from, start)).replaceAll(" ");
    String after = WHITESPACE.matcher(text.substring(end, to)).replaceAll(" ");
    return (from > 0 ? "..." : "") + before + "[" + text.substring(start, end) + "]" + after
        + (to < text.length() ? "..." : "");
  }
}
