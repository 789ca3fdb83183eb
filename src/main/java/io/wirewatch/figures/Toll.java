package io.wirewatch.figures;

import io.wirewatch.model.Figure.Metric;
import java.util.List;

/**
 * A toll phrase governing a number: "the death toll rose to 11", "the number of people injured has risen to
 * 41", "put its losses at 50 servicemen", "raised to 77 the number of its soldiers killed", "from 49 to 105".
 *
 * @param metric the metric the toll phrase names
 * @param phrase whose toll it is ("its soldiers"), when the phrase says; else null
 * @param previous the number is the "from" value of the phrase
 */
record Toll(Metric metric, NounPhrase phrase, boolean previous) {
  private static final String[] TOLL_PREPOSITIONS = LegacyWords.array("toll-preposition");
  private static final String[] FROM = LegacyWords.array("preposition-from");
  private static final String[] OF = LegacyWords.array("preposition-of");
  private static final String[] TOLL = LegacyWords.array("toll-word");
  private static final String[] TO = LegacyWords.array("preposition-to");
  private static final String[] TOLL_NOUNS = LegacyWords.array("toll-noun");
  private static final String[] TOLL_INJURY = LegacyWords.array("toll-injury");
  private static final String[] NUMBER_COUNT = LegacyWords.array("number-count");
  private static final int REACH = 16;

  /** The toll phrase for the number whose qualifier starts at {@code q} and which ends at {@code end}. */
  static Toll around(List<Token> t, int q, int end) {
    if (q == 0 || !t.get(q - 1).is(TOLL_PREPOSITIONS)) {
      return null;
    }
    boolean from = t.get(q - 1).is(FROM);
    if (t.get(q - 1).is(OF)) {
      return q >= 2 && t.get(q - 2).is(TOLL) ? new Toll(Metric.KILLED, null, false) : null;
    }
    for (int k = q - 2; k >= Math.max(0, q - REACH); k--) {
      Token tok = t.get(k);
      if (tok.is(";", ",", ":")) {
        break;
      }
      Toll found = anchor(t, k, q - 1, from);
      if (found != null) {
        return found;
      }
    }
    if (t.get(q - 1).is(TO)) {
      for (int k = end; k < Math.min(t.size(), end + 3); k++) {
        Toll found = anchor(t, k, Math.min(t.size(), k + 10), false);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static Toll anchor(List<Token> t, int k, int limit, boolean from) {
    Token tok = t.get(k);
    if (tok.is(TOLL_NOUNS)) {
      boolean injury = k > 0 && t.get(k - 1).is(TOLL_INJURY);
      return injury ? null : new Toll(Metric.KILLED, null, from);
    }
    if (tok.is(NUMBER_COUNT) && k + 1 < t.size() && t.get(k + 1).is(OF)) {
      for (int j = k + 2; j < limit && j < t.size(); j++) {
        Metric m = Lexicon.TOLL_NOUNS.get(t.get(j).lower());
        if (m != null) {
          NounPhrase phrase = NounPhrase.inToll(t, k + 2);
          return new Toll(m, phrase.reject() ? null : phrase, from);
        }
      }
    }
    return null;
  }
}
