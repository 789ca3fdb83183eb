package io.wirewatch.figures;

import java.util.List;

/**
 * Numbers in casualty sentences that count no victims: the children of a victim ("father of 5 killed"),
 * ordinals ("his 17th birthday", "Petty Officer 2nd Class"), ages written "80yo", "8 yo girl" or "3 yr old", and broadcast
 * station names ("FOX 4", "News 12", "13 WREX").
 */
final class NotVictims {
  private static final String[] OF = LegacyWords.array("preposition-of");
  private static final String[] YEARS_OLD = LegacyWords.array("age-years-old-short");
  private static final String[] YEAR_SHORT = LegacyWords.array("age-year-short");
  private static final String[] OLD = LegacyWords.array("age-old");
  private static final String[] YEAR_OR_DASH = LegacyWords.array("year-unit", "-");
  private static final String[] PARENTS = LegacyWords.array("parent");
  private static final String[] STATIONS = LegacyWords.array("station-name");
  private static final String[] SUFFIXES = LegacyWords.array("number-suffix");
  private NotVictims() {}

  /** True when the number {@code num} is one of these. */
  static boolean at(List<Token> t, Numbers.Num num) {
    int i = num.start();
    int end = num.end();
    if (i > 1 && t.get(i - 1).is(OF) && t.get(i - 2).is(PARENTS) && bare(t, i, end)) {
      return true;
    }
    if (end > 0 && end < t.size() && t.get(end).start() == t.get(end - 1).end()
        && t.get(end).is(SUFFIXES)) {
      return true;
    }
    if (end < t.size() && (t.get(end).is(YEARS_OLD)
        || t.get(end).is(YEAR_SHORT) && (end + 1 >= t.size() || t.get(end + 1).is(OLD)))) {
      return true;
    }
    return station(t, i - 1) || station(t, end);
  }

  /** A number written as such and followed by no noun or age: "father of 5 killed", not "of a 4-year-old". */
  private static boolean bare(List<Token> t, int i, int end) {
    if (Numbers.at(t, i) == null || end >= t.size()) {
      return Numbers.at(t, i) != null;
    }
    Token next = t.get(end);
    return !(next.is(YEAR_OR_DASH) || OnePerson.isAge(next) || OnePerson.NOUNS.contains(next.lower())
        || Lexicon.PERSON_NOUNS.contains(next.lower()));
  }

  /** "FOX 4", "News 12", "Channel 2", "13 WREX" (a US call sign): a broadcaster's name. */
  private static boolean station(List<Token> t, int k) {
    if (k < 0 || k >= t.size()) {
      return false;
    }
    Token tok = t.get(k);
    return tok.isCapitalised() && tok.is(STATIONS)
        || tok.text().matches("[KW][A-Z]{3}");
  }
}
