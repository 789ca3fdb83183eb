package io.wirewatch.figures;

import java.util.List;

/**
 * Coordinated counts summed into one: "three men and a woman were wounded" (4), "a man and his daughter
 * were found dead" (2), "a man, two women and a small child were killed" (4). A comma list counts only
 * when it ends in "and" or, headline style, when a cue follows its last conjunct ("2 adults, 2 children
 * killed"); every conjunct must be a count of people.
 *
 * @param np the phrase spanning all conjuncts (its end is after the last one)
 * @param added the sum of the conjuncts after the first
 */
record Conjuncts(NounPhrase np, long added) {
  private static final String[] AND_OR_COMMA = LegacyWords.array("conjunction", ",", "&");
  private static final String[] AND = LegacyWords.array("conjunction", "&");
  private static final String[] HEADLINE_VERBS = LegacyWords.array("headline-conjunct-verb");
  private static final String[] CARE_CUES = LegacyWords.array("care-cue");
  private static final int MAX = 6;

  /** The conjuncts after {@code first}, or null when it is not followed by a coordinated count. */
  static Conjuncts after(List<Token> t, NounPhrase first) {
    if (!person(t, first)) {
      return null;
    }
    NounPhrase last = first;
    long added = 0;
    StringBuilder words = new StringBuilder(first.words());
    for (int n = 0; n < MAX; n++) {
      int k = last.end();
      if (k + 1 >= t.size() || !t.get(k).is(AND_OR_COMMA)) {
        return null;
      }
      boolean and = t.get(k).is(AND);
      Numbers.Num num = Singulars.conjunct(t, k + 1);
      NounPhrase next = num == null ? null : NounPhrase.read(t, num.end());
      if (next == null || next.reject() || !person(t, next) || next.more()) {
        return null;
      }
      added += num.value();
      words.append(and ? " and " : ", ").append(next.words());
      last = next;
      if (and || headlineList(t, last.end())) {
        return new Conjuncts(new NounPhrase(last.end(), words.toString(), true,
            first.troops() && last.troops(), first.side(), first.possessive(), false, false), added);
      }
    }
    return null;
  }

  /** A person noun, or nothing after an age ("a 3-year-old and two children"): the age names a person. */
  private static boolean person(List<Token> t, NounPhrase np) {
    return np.person() || np.words().isEmpty() && np.end() > 0 && np.end() <= t.size()
        && OnePerson.isAge(t.get(np.end() - 1));
  }

  /**
   * "2 adults, 2 children killed", "Mother, 2 children found dead": headline style drops the "and"; the
   * list still sums when a cue follows its last conjunct directly.
   */
  private static boolean headlineList(List<Token> t, int k) {
    if (k >= t.size()) {
      return false;
    }
    Token next = t.get(k);
    return next.is(HEADLINE_VERBS) || ShotCues.opens(next) && !next.is(CARE_CUES);
  }
}
