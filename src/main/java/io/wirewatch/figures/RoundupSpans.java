package io.wirewatch.figures;

import java.util.List;

/** Spans of time or place over which a count sums several incidents: such a count is a roundup. */
final class RoundupSpans {
  private static final String[] DATED = LegacyWords.array("dated");
  private static final String[] HOURS_FILLERS = LegacyWords.array("hours-filler");
  private static final String[] SPAN_UNITS = LegacyWords.array("span-unit");
  private static final String[] WITHIN_UNITS = LegacyWords.array("within-unit");
  private static final String[] WEEKDAYS = LegacyWords.array("weekday");

  private RoundupSpans() {}

  /**
   * A span of time or place that sums incidents, at token {@code j}: "across the city", "this year", "in the
   * past four days", "over the last seven months", "within four hours", "in a five-hour span", "in a 48-hour
   * span", "in less than 30 hours", "during violent 24 hours", "so far in 2017", "a violent night", "a bloody
   * weekend", "Friday and Saturday" (not "two days after Christmas"). A count over such a span is a roundup,
   * not one incident's toll.
   */
  static boolean span(List<Token> t, int j) {
    Token tok = t.get(j);
    if (j + 2 < t.size() && tok.is("across") && t.get(j + 1).is("the") && t.get(j + 2).is("city")
        || j + 1 < t.size() && tok.is("this", "last") && t.get(j + 1).is("year")) {
      return true;
    }
    if (tok.is("past", "last") && j + 1 < t.size()) {
      int k = j + 1;
      while (k < t.size() && k <= j + 3
          && (Numbers.at(t, k) != null || t.get(k).is("few", "several", "couple", "of"))) {
        k++;
      }
      return k < t.size() && t.get(k).is(SPAN_UNITS)
          && (k > j + 1 || tok.is("past") || !t.get(k).is("week", "month"));
    }
    if (tok.is("within") && j + 1 < t.size()) {
      int k = j + 1 + (t.get(j + 1).is("a", "an") ? 1 : 0);
      k += k < t.size() && Numbers.at(t, k) != null ? 1 : 0;
      return k < t.size() && (t.get(k).is(WITHIN_UNITS)
          || t.get(k).lower().matches(".+-(hour|day|week)"));
    }
    if (tok.is("span", "stretch", "period") && j > 0 && (t.get(j - 1).lower().matches(".+-(hour|day|week)")
        || j > 2 && t.get(j - 1).is("hour", "day", "week") && t.get(j - 2).is("-") && t.get(j - 3).isDigits())) {
      return true;
    }
    if (tok.is("in", "during", "over") && countOfHours(t, j + 1)) {
      return true;
    }
    if (tok.is("since") && j + 1 < t.size()) {
      int k = j + 1 + (t.get(j + 1).is("early", "late") ? 1 : 0);
      return k < t.size() && (t.get(k).is(WEEKDAYS) || Numbers.at(t, k) != null && k + 1 < t.size()
          && t.get(k + 1).is("a.m.", "p.m.", "am", "pm"));
    }
    if (tok.is("weekend") && j + 1 < t.size() && t.get(j + 1).is("gunfire", "violence", "shootings")) {
      return true;
    }
    if (tok.is("violent", "bloody") && j + 1 < t.size() && t.get(j + 1).is("night", "weekend", "day", "week")) {
      return true;
    }
    if (tok.is(WEEKDAYS) && j + 2 < t.size() && t.get(j + 1).is("and", "through", "to") && t.get(j + 2).is(WEEKDAYS)) {
      return true;
    }
    return tok.is("far") && j > 0 && t.get(j - 1).is("so") && j + 1 < t.size() && t.get(j + 1).is("in", "this");
  }

  /**
   * "five hours", "less than 30 hours", "violent 24 hours", "72 hours" from {@code k}: after "in", "during" or
   * "over", a number of hours or days is the span a count sums ("7 shot in five hours").
   */
  private static boolean countOfHours(List<Token> t, int k) {
    while (k < t.size() && t.get(k).is(HOURS_FILLERS)) {
      k++;
    }
    Numbers.Num n = k < t.size() ? Numbers.at(t, k) : null;
    return n != null && n.end() < t.size() && t.get(n.end()).is("hours", "days") && !dated(t, n.end() + 1);
  }

  /** "two days after Christmas", "three days ago": a date, not a stretch. */
  private static boolean dated(List<Token> t, int k) {
    return k < t.size() && t.get(k).is(DATED);
  }
}
