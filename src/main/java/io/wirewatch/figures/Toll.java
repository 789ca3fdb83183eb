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
  private static final int REACH = 16;

  /** The toll phrase for the number whose qualifier starts at {@code q} and which ends at {@code end}. */
  static Toll around(List<Token> t, int q, int end) {
    if (q == 0 || !t.get(q - 1).is("to", "at", "from", "of")) {
      return null;
    }
    boolean from = t.get(q - 1).is("from");
    if (t.get(q - 1).is("of")) {
      return q >= 2 && t.get(q - 2).is("toll") ? new Toll(Metric.KILLED, null, false) : null;
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
    if (t.get(q - 1).is("to")) {
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
    if (tok.is("toll", "losses", "tally")) {
      boolean injury = k > 0 && t.get(k - 1).is("injury", "casualty");
      return injury ? null : new Toll(Metric.KILLED, null, from);
    }
    if (tok.is("number", "count") && k + 1 < t.size() && t.get(k + 1).is("of")) {
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
