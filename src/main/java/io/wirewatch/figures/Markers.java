package io.wirewatch.figures;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sentence-level markers: where the sentence refers to the past (a year before the item's, a decade, a month
 * other than the item's, "years ago") and whether it reports a revision ("rose to", "revised down", "up
 * from"). A past reference makes a figure historical when it comes before the figure, or after it in the
 * same clause, unless it is the comparison of a superlative ("the deadliest since their 2020 war").
 */
final class Markers {
  private static final String[] IN = LegacyWords.array("preposition-in");
  private static final String[] PAST_MARKERS = LegacyWords.array("past-marker");
  private static final String[] YEAR = LegacyWords.array("year-word");
  private static final String[] LAST = LegacyWords.array("last-word");
  private static final String[] UP = LegacyWords.array("revision-up");
  private static final String[] FROM = LegacyWords.array("preposition-from");
  private static final String[] DOWN = LegacyWords.array("revision-down");
  private static final String[] FROM_TO = LegacyWords.array("revision-down-after");
  private static final String[] SINCE_THAN = LegacyWords.array("comparison-word");
  private static final Map<String, Integer> MONTHS = months();

  /** English month names (the JDK's locale data) to their number; this reader reads English only. */
  private static Map<String, Integer> months() {
    Map<String, Integer> out = new HashMap<>();
    for (Month m : Month.values()) {
      out.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
    }
    return Map.copyOf(out);
  }

  private final List<Token> t;
  private final List<Integer> past = new ArrayList<>();
  private final boolean revision;
  private final boolean lead;

  Markers(List<Token> tokens, Integer itemYear, Integer itemMonth) {
    this(tokens, itemYear, itemMonth, false);
  }

  /** {@code lead}: the item's lead, where a relative past ("last week") dates the item's own incident. */
  Markers(List<Token> tokens, Integer itemYear, Integer itemMonth, boolean lead) {
    this.t = tokens;
    this.lead = lead;
    boolean rev = false;
    for (int i = 0; i < t.size(); i++) {
      if (isPast(i, itemYear, itemMonth)) {
        past.add(i);
      }
      rev |= isRevision(i);
    }
    this.revision = rev;
  }

  boolean revision() {
    return revision;
  }

  static boolean isYear(Token tok) {
    if (!tok.text().matches("\\d{4}")) {
      return false;
    }
    int y = Integer.parseInt(tok.text());
    return y >= 1800 && y <= 2100;
  }

  static Integer month(Token tok) {
    return tok.isCapitalised() ? MONTHS.get(tok.lower()) : null;
  }

  private boolean isPast(int i, Integer itemYear, Integer itemMonth) {
    Token tok = t.get(i);
    if (tok.text().matches("\\d{4}s")) {
      return true;
    }
    if (isYear(tok)) {
      return itemYear == null || Integer.parseInt(tok.text()) < itemYear;
    }
    Integer m = month(tok);
    if (m != null && i > 0 && t.get(i - 1).is(IN) && itemMonth != null && !m.equals(itemMonth)) {
      return i + 1 >= t.size() || !t.get(i + 1).isDigits();
    }
    if (tok.is(PAST_MARKERS)) {
      return true;
    }
    return tok.is(YEAR) && i > 0 && t.get(i - 1).is(LAST) || !lead && OtherIncidents.relativePast(t, i);
  }

  private boolean isRevision(int i) {
    Token tok = t.get(i);
    if (tok.is(UP)) {
      return i + 1 < t.size() && t.get(i + 1).is(FROM);
    }
    if (tok.is(DOWN)) {
      return i + 1 < t.size() && t.get(i + 1).is(FROM_TO);
    }
    return Lexicon.REVISION_MARKERS.contains(tok.lower());
  }

  /** True when the number at [from, to) is a historical figure. */
  boolean historical(int from, int to) {
    for (int m : past) {
      if (m < from) {
        return true;
      }
      if (m >= to && sameClause(to, m) && !superlativeComparison(m)) {
        return true;
      }
    }
    return false;
  }

  private boolean sameClause(int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).isClauseBreak()) {
        return false;
      }
    }
    return true;
  }

  private boolean superlativeComparison(int m) {
    for (int k = m - 1; k >= Math.max(0, m - 4); k--) {
      if (t.get(k).is(SINCE_THAN)) {
        for (int j = k - 1; j >= Math.max(0, k - 6); j--) {
          if (Lexicon.superlative(t.get(j))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }
}
