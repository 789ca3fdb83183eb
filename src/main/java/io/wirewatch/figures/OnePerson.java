package io.wirewatch.figures;

import java.util.List;
import java.util.Set;

/**
 * The English sentence reader's words for one person ("man", "toddler") and its test for the age word after
 * a number ("16-year-old"), which nearly every class of that reader asks: kept apart from {@link Singulars},
 * so that reading a count of one and the classes it calls do not depend on each other in a circle.
 */
final class OnePerson {
  private static final Set<String> AGE_ENDINGS = LegacyWords.set("age-ending");
  private static final Set<String> AGE_UNIT_STARTS = LegacyWords.set("age-unit-start");
  private OnePerson() {}

  /** Singular nouns for one person. */
  static final Set<String> NOUNS = LegacyWords.set("one-person");

  /** "year-old", "years-old", "month-old": the word after an age's number. */
  static boolean isAge(Token tok) {
    String w = tok.lower();
    return LegacyWords.endsWithAny(w, AGE_ENDINGS) && LegacyWords.startsWithAny(w, AGE_UNIT_STARTS);
  }

  /** "17-month-old son": the number is an age; the conjunct is read as a singular. */
  static boolean ageAfter(List<Token> t, int k) {
    int a = k < t.size() && t.get(k).is("-") ? k + 1 : k;
    return a < t.size() && isAge(t.get(a));
  }
}
