package io.wirewatch.figures;

import java.util.List;

/**
 * Stretches of time that sum several incidents, besides those {@link OtherIncidents#span} reads: a count
 * "in five hours", "in less than 30 hours", "during a violent 24 hours", "in a 48-hour span" or "Friday and
 * Saturday" is a tally of a city's shootings over that time, not one incident's toll.
 */
final class Spans {
  private static final List<String> HEDGES = List.of("less than", "under", "about", "just", "more than",
      "a little over", "barely", "a", "an", "the", "violent", "bloody", "deadly", "just under");
  private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday"};

  private Spans() {}

  /** True when a roundup span starts at token {@code j}. */
  static boolean at(List<Token> t, int j) {
    Token tok = t.get(j);
    if (tok.is("in", "during", "over")) {
      int k = skipHedges(t, j + 1);
      Numbers.Num n = k < t.size() ? Numbers.at(t, k) : null;
      return n != null && n.end() < t.size() && t.get(n.end()).is("hours", "days") && !dated(t, n.end() + 1)
          || n != null && n.end() + 2 < t.size() && t.get(n.end()).is("-") && t.get(n.end() + 1).is("hour", "day")
              && t.get(n.end() + 2).is("span", "stretch", "period");
    }
    return tok.is(WEEKDAYS) && j + 2 < t.size() && t.get(j + 1).is("and", "through", "to")
        && t.get(j + 2).is(WEEKDAYS);
  }

  /** "two days after Christmas", "three days ago": a date, not a stretch. */
  private static boolean dated(List<Token> t, int k) {
    return k < t.size() && t.get(k).is("after", "before", "ago", "later", "earlier", "prior");
  }

  private static int skipHedges(List<Token> t, int k) {
    boolean moved = true;
    while (moved) {
      moved = false;
      for (String h : HEDGES) {
        String[] w = h.split(" ");
        if (k + w.length <= t.size() && matches(t, k, w)) {
          k += w.length;
          moved = true;
          break;
        }
      }
    }
    return k;
  }

  private static boolean matches(List<Token> t, int k, String[] w) {
    for (int i = 0; i < w.length; i++) {
      if (!t.get(k + i).is(w[i])) {
        return false;
      }
    }
    return true;
  }
}
