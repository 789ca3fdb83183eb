package io.wirewatch.figures;

import java.util.List;
import java.util.Set;

/**
 * Indefinite singulars as a count of one: "a man was shot and killed", "an 8-year-old girl was wounded",
 * "another man died", and headline-style bare nouns ("Man killed, 3 wounded", "2-year-old killed"). Local
 * news states most single-victim tolls this way rather than with a number. The phrase counts only when its
 * head is a singular person noun; the metric still has to come from a cue, as for any number.
 */
final class Singulars {
  private static final Set<String> GERUND_SUFFIXES = LegacyWords.set("gerund-suffix");
  private static final Set<String> GLUED_AGES = LegacyWords.set("glued-age-ending");
  private static final String[] THE = LegacyWords.array("definite-article");
  private static final String[] THE_OPENERS = LegacyWords.array("the-opener");
  private static final String[] AND = LegacyWords.array("conjunction");
  private static final String[] OWNERS = LegacyWords.array("singular-possessive");
  private static final String[] AND_OR_COMMA = LegacyWords.array("conjunction", ",", "&");
  private static final String[] AGE_UNITS = LegacyWords.array("age-unit-long");
  private static final String[] OLD = LegacyWords.array("age-old");
  private static final String[] ORDINAL_VERBS = LegacyWords.array("ordinal-verb");
  private Singulars() {}

  /** "Three men were shot and a fourth was hurt": an ordinal alone after "a" is one further person. */
  private static final Set<String> ORDINALS = LegacyWords.set("ordinal");
  private static final Set<String> ARTICLES = LegacyWords.set("article");
  private static final Set<String> POSSESSIVES = LegacyWords.set("singular-possessive");
  private static final int MAX_MODIFIERS = 4;

  /**
   * The count of one starting at token {@code i}: its end is the head noun's index, so that the noun phrase
   * read from there is the head ("a 16-year-old boy" ends at "boy"); null if {@code i} starts none.
   */
  static Numbers.Num at(List<Token> t, int i) {
    Token tok = t.get(i);
    if (POSSESSIVES.contains(tok.lower())) {
      return null;
    }
    Numbers.Num pair = Pairs.couple(t, i);
    if (pair != null) {
      return pair;
    }
    if (ARTICLES.contains(tok.lower())) {
      return head(t, i, i + 1);
    }
    if (tok.is(THE) && (i == 0 || t.get(i - 1).isClauseBreak() || t.get(i - 1).is(THE_OPENERS))) {
      return definitePair(t, i);
    }
    boolean start = i == 0 || t.get(i - 1).is(":", "\"", "—", "–") || i == 1 && t.get(0).is("-");
    if (start && (tok.isCapitalised() || tok.isDigits())) {
      return head(t, i, i);
    }
    return null;
  }

  /**
   * "The man and woman were found dead": a definite singular opening a clause is a count only as the first of
   * a coordinated pair of people (alone, "the man" refers back to someone already counted).
   */
  private static Numbers.Num definitePair(List<Token> t, int i) {
    Numbers.Num first = head(t, i, i + 1);
    if (first == null || first.end() + 2 >= t.size() || !t.get(first.end() + 1).is(AND)) {
      return null;
    }
    Numbers.Num next = conjunct(t, first.end() + 2);
    return next == null ? null : first;
  }

  /**
   * A conjunct's count: a number, an indefinite singular, "his/her/their" and a singular noun or a number
   * ("his two kids"), or after "and" a bare singular noun sharing the first conjunct's article ("a woman and
   * girl", "the man and woman").
   */
  static Numbers.Num conjunct(List<Token> t, int k) {
    Numbers.Num num = Numbers.at(t, k);
    if (num != null && OnePerson.ageAfter(t, num.end())) {
      num = null;
    }
    if (num == null && k + 1 < t.size() && t.get(k).is(OWNERS)) {
      Numbers.Num own = Numbers.at(t, k + 1);
      num = own == null || OnePerson.ageAfter(t, own.end()) ? null : own;
    }
    if (num == null && k > 1 && t.get(k - 1).is(AND_OR_COMMA) && Pairs.twoPeople(t.get(k - 2), t.get(k))) {
      num = new Numbers.Num(1, k, k);
    }
    return num != null ? num : singularConjunct(t, k);
  }

  /** A conjunct's singular: as {@link #at}, and also "his daughter", "her son", "the woman" after a first count. */
  private static Numbers.Num singularConjunct(List<Token> t, int i) {
    if (POSSESSIVES.contains(t.get(i).lower()) || t.get(i).is(THE)) {
      return head(t, i, i + 1);
    }
    return t.get(i).isDigits() ? head(t, i, i) : at(t, i);
  }

  private static Numbers.Num head(List<Token> t, int i, int k) {
    for (int n = 0; k < t.size() && n <= MAX_MODIFIERS; n++) {
      Token tok = t.get(k);
      if (LegacyWords.endsWithAny(tok.lower(), GLUED_AGES)) {
        return ageHead(t, i, k + 1);
      }
      if (tok.isDigits()) {
        int a = k + 1 < t.size() && t.get(k + 1).is("-") ? k + 2 : k + 1;
        boolean age = a < t.size() && OnePerson.isAge(t.get(a));
        return age ? ageHead(t, i, a + 1) : null;
      }
      if (OnePerson.NOUNS.contains(tok.lower())) {
        return named(t, k) ? null : new Numbers.Num(1, i, k);
      }
      if (k == i + 1 && ORDINALS.contains(tok.lower()) && k + 1 < t.size()
          && (ShotCues.opens(t.get(k + 1)) || t.get(k + 1).is(ORDINAL_VERBS))) {
        return new Numbers.Num(1, i, k + 1);
      }
      Numbers.Num number = Numbers.at(t, k);
      if (number != null && !tok.isDigits()) {
        // "a one-year-old", "a two year old child" are ages; "Police said two 15-year-old boys" opens a count
        int a = wordAgeEnd(t, number.end());
        return a > 0 ? ageHead(t, i, a) : null;
      }
      if (!modifier(tok)) {
        return null;
      }
      k++;
    }
    return null;
  }

  /** The index after the age words that follow a number word at {@code k} ("-year-old", "year old"), else -1. */
  private static int wordAgeEnd(List<Token> t, int k) {
    int a = k < t.size() && t.get(k).is("-") ? k + 1 : k;
    if (a < t.size() && OnePerson.isAge(t.get(a))) {
      return a + 1;
    }
    return a + 1 < t.size() && t.get(a).is(AGE_UNITS) && t.get(a + 1).is(OLD) ? a + 2 : -1;
  }

  /** "a 16-year-old boy" ends at "boy"; "a 16-year-old was killed" ends after the age. */
  private static Numbers.Num ageHead(List<Token> t, int i, int k) {
    if (k < t.size() && OnePerson.NOUNS.contains(t.get(k).lower())) {
      return named(t, k) ? null : new Numbers.Num(1, i, k);
    }
    return new Numbers.Num(1, i, k);
  }

  /** "Officer Jones", "Deputy Smith": a title before a name, not a count. */
  private static boolean named(List<Token> t, int k) {
    return k + 1 < t.size() && t.get(k + 1).isCapitalised() && t.get(k).isCapitalised();
  }

  private static boolean modifier(Token tok) {
    if (tok.text().isEmpty() || !Character.isLetter(tok.text().charAt(0))) {
      return false;
    }
    return !NounPhrase.isStop(tok.lower()) && !Lexicon.PASSIVE_CUES.containsKey(tok.lower())
        && !Lexicon.ACTIVE_CUES.containsKey(tok.lower()) && !LegacyWords.endsWithAny(tok.lower(), GERUND_SUFFIXES);
  }
}
