package io.wirewatch.figures;

import java.util.List;
import java.util.regex.Pattern;

/** Spans of time or place over which a count sums several incidents: such a count is a roundup. */
final class RoundupSpans {
  /** "24-hour", "three-day": a compound that gives a span its length. */
  private static final Pattern SPAN_COMPOUND = Pattern.compile(
      ".+-(?:" + LegacyWords.alternatives("span-length-compound") + ")", Pattern.CASE_INSENSITIVE);
  private static final String[] ACROSS = LegacyWords.array("across-word");
  private static final String[] THE = LegacyWords.array("definite-article");
  private static final String[] CITY = LegacyWords.array("city-word");
  private static final String[] THIS_LAST = LegacyWords.array("this-last");
  private static final String[] YEAR = LegacyWords.array("year-word");
  private static final String[] PAST_LAST = LegacyWords.array("past-last");
  private static final String[] FEW = LegacyWords.array("few-word");
  private static final String[] PAST = LegacyWords.array("past-word");
  private static final String[] WEEK_MONTH = LegacyWords.array("week-month");
  private static final String[] WITHIN = LegacyWords.array("within-word");
  private static final String[] INDEFINITE = LegacyWords.array("indefinite-article");
  private static final String[] SPAN_NOUNS = LegacyWords.array("span-noun");
  private static final String[] SPAN_LENGTHS = LegacyWords.array("span-length");
  private static final String[] SPAN_PREPOSITIONS = LegacyWords.array("span-preposition");
  private static final String[] SINCE = LegacyWords.array("since-word");
  private static final String[] EARLY_LATE = LegacyWords.array("early-late");
  private static final String[] CLOCK_SUFFIXES = LegacyWords.array("clock-suffix");
  private static final String[] WEEKEND = LegacyWords.array("weekend-word");
  private static final String[] WEEKEND_VIOLENCE = LegacyWords.array("weekend-violence");
  private static final String[] VIOLENT = LegacyWords.array("violent-adjective");
  private static final String[] VIOLENT_PERIODS = LegacyWords.array("violent-period");
  private static final String[] WEEKDAY_LINKS = LegacyWords.array("weekday-range-link");
  private static final String[] FAR = LegacyWords.array("far-word");
  private static final String[] SO = LegacyWords.array("so-word");
  private static final String[] SO_FAR_IN = LegacyWords.array("so-far-in");
  private static final String[] HOURS_DAYS = LegacyWords.array("hours-days");
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
    if (j + 2 < t.size() && tok.is(ACROSS) && t.get(j + 1).is(THE) && t.get(j + 2).is(CITY)
        || j + 1 < t.size() && tok.is(THIS_LAST) && t.get(j + 1).is(YEAR)) {
      return true;
    }
    if (tok.is(PAST_LAST) && j + 1 < t.size()) {
      int k = j + 1;
      while (k < t.size() && k <= j + 3
          && (Numbers.at(t, k) != null || t.get(k).is(FEW))) {
        k++;
      }
      return k < t.size() && t.get(k).is(SPAN_UNITS)
          && (k > j + 1 || tok.is(PAST) || !t.get(k).is(WEEK_MONTH));
    }
    if (tok.is(WITHIN) && j + 1 < t.size()) {
      int k = j + 1 + (t.get(j + 1).is(INDEFINITE) ? 1 : 0);
      k += k < t.size() && Numbers.at(t, k) != null ? 1 : 0;
      return k < t.size() && (t.get(k).is(WITHIN_UNITS)
          || SPAN_COMPOUND.matcher(t.get(k).lower()).matches());
    }
    if (tok.is(SPAN_NOUNS) && j > 0 && (SPAN_COMPOUND.matcher(t.get(j - 1).lower()).matches()
        || j > 2 && t.get(j - 1).is(SPAN_LENGTHS) && t.get(j - 2).is("-") && t.get(j - 3).isDigits())) {
      return true;
    }
    if (tok.is(SPAN_PREPOSITIONS) && countOfHours(t, j + 1)) {
      return true;
    }
    if (tok.is(SINCE) && j + 1 < t.size()) {
      int k = j + 1 + (t.get(j + 1).is(EARLY_LATE) ? 1 : 0);
      return k < t.size() && (t.get(k).is(WEEKDAYS) || Numbers.at(t, k) != null && k + 1 < t.size()
          && t.get(k + 1).is(CLOCK_SUFFIXES));
    }
    if (tok.is(WEEKEND) && j + 1 < t.size() && t.get(j + 1).is(WEEKEND_VIOLENCE)) {
      return true;
    }
    if (tok.is(VIOLENT) && j + 1 < t.size() && t.get(j + 1).is(VIOLENT_PERIODS)) {
      return true;
    }
    if (tok.is(WEEKDAYS) && j + 2 < t.size() && t.get(j + 1).is(WEEKDAY_LINKS) && t.get(j + 2).is(WEEKDAYS)) {
      return true;
    }
    return tok.is(FAR) && j > 0 && t.get(j - 1).is(SO) && j + 1 < t.size() && t.get(j + 1).is(SO_FAR_IN);
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
    return n != null && n.end() < t.size() && t.get(n.end()).is(HOURS_DAYS) && !dated(t, n.end() + 1);
  }

  /** "two days after Christmas", "three days ago": a date, not a stretch. */
  private static boolean dated(List<Token> t, int k) {
    return k < t.size() && t.get(k).is(DATED);
  }
}
