package io.wirewatch.figures;

import java.util.Set;

/**
 * Two bare singular nouns joined by "and" under one article: "a woman and girl", "a mother and son", "the man
 * and woman" are two people. Only pairs that cannot be one person count: one of them names age or sex (man,
 * girl, toddler), or they are kin of two generations (mother and son) or spouses. "A husband and father",
 * "a student and friend", "a wife and mother" are one person's roles.
 */
final class Pairs {
  private static final String[] PARENTS_WORD = LegacyWords.array("parents-word");
  private static final String[] AND_OR_COMMA = LegacyWords.array("conjunction", ",");
  private static final String[] DETERMINERS = LegacyWords.array("determiner-article");
  private static final String[] COUPLE = LegacyWords.array("couple-word");
  private static final String[] WERE_WAS = LegacyWords.array("couple-verb");
  private static final String[] OF = LegacyWords.array("preposition-of");
  private static final String[] COUPLE_OF = LegacyWords.array("couple-other");
  private static final Set<String> AGE_OR_SEX = LegacyWords.set("pair-age-or-sex");
  private static final Set<String> ELDER = LegacyWords.set("pair-elder");
  private static final Set<String> YOUNGER = LegacyWords.set("pair-younger");
  private static final Set<String> SPOUSES = LegacyWords.set("pair-spouse");

  private Pairs() {}

  /** True when "{@code first} and {@code second}" (bare nouns, the second without its own article) is two people. */
  static boolean twoPeople(Token first, Token second) {
    String a = first.lower();
    String b = second.lower();
    if (second.isCapitalised() && !first.isCapitalised() || !person(a) || !person(b) || a.equals(b)) {
      return false;
    }
    return AGE_OR_SEX.contains(a) || AGE_OR_SEX.contains(b)
        || ELDER.contains(a) && YOUNGER.contains(b) || YOUNGER.contains(a) && ELDER.contains(b)
        || SPOUSES.contains(a) && SPOUSES.contains(b);
  }

  /**
   * "a couple", "an elderly couple", headline "Parents, 2 children dead": a count of two starting at token
   * {@code i} (its end is the head noun's index, as for a singular); null if none. "A couple of days" is no
   * couple.
   */
  static Numbers.Num couple(java.util.List<Token> t, int i) {
    Token tok = t.get(i);
    if (i == 0 && tok.is(PARENTS_WORD) && tok.isCapitalised() && i + 1 < t.size() && t.get(i + 1).is(AND_OR_COMMA)) {
      return new Numbers.Num(2, i, i);
    }
    if (!tok.is(DETERMINERS)) {
      return null;
    }
    for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
      if (t.get(k).is(COUPLE)) {
        boolean other = k + 1 < t.size() && t.get(k + 1).is(COUPLE_OF);
        return other && !t.get(k + 1).is(WERE_WAS) ? null : new Numbers.Num(2, i, k);
      }
      if (!Character.isLetter(t.get(k).text().charAt(0)) || NounPhrase.isStop(t.get(k).lower())) {
        return null;
      }
    }
    return null;
  }

  /** "a father of three", "mother of two": the number counts the parent's children, not victims. */
  static boolean parentOf(java.util.List<Token> t, int i) {
    Numbers.Num n = Numbers.at(t, i);
    boolean age = n != null && n.end() < t.size() && (t.get(n.end()).is("-") || OnePerson.isAge(t.get(n.end())));
    return n != null && !age && i > 1 && t.get(i - 1).is(OF) && ELDER.contains(t.get(i - 2).lower());
  }

  private static boolean person(String w) {
    return OnePerson.NOUNS.contains(w) || AGE_OR_SEX.contains(w) || ELDER.contains(w) || YOUNGER.contains(w);
  }
}
