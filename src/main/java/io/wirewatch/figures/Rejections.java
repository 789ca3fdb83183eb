package io.wirewatch.figures;

import io.wirewatch.model.Figure.Metric;
import java.util.List;
import java.util.Set;

/**
 * The rules that keep a number from being a current figure, and the passive cue after a noun phrase. Each
 * rule reads the tokens around the number; the reasons are in the method names.
 */
final class Rejections {
  private static final Set<String> PAST_SUFFIXES = LegacyWords.set("past-suffix");
  private static final Set<String> GERUND_SUFFIXES = LegacyWords.set("gerund-suffix");
  private static final String[] GUN = LegacyWords.array("gun-word");
  private static final String[] SHOTS = LegacyWords.array("shot-noun");
  private static final String[] SHOT = LegacyWords.array("shot-word");
  private static final String[] SHOT_HEARING_VERBS = LegacyWords.array("shot-hearing-verb");
  private static final String[] RANGE_LINKS = LegacyWords.array("range-link");
  private static final String[] AGE_RANGE_OPENERS = LegacyWords.array("age-range-opener");
  private static final String[] BREAKDOWN_LEADS = LegacyWords.array("breakdown-lead");
  private static final String[] AMONG = LegacyWords.array("among-word");
  private static final String[] OF = LegacyWords.array("preposition-of");
  private static final String[] AGE = LegacyWords.array("age-word");
  private static final String[] BODIES = LegacyWords.array("body-noun");
  private static final String[] BOTH_EACH = LegacyWords.array("both-each");
  private static final String[] SIDES = LegacyWords.array("side-noun");
  private static final String[] TREATED = LegacyWords.array("treated-word");
  private static final String[] STILL = LegacyWords.array("still-word");
  private static final String[] AND = LegacyWords.array("conjunction");
  private static final String[] ATTRIBUTIONS = LegacyWords.array("attribution-word");
  private static final String[] INCLUSIONS = LegacyWords.array("inclusion-word");
  private static final String[] HAND = LegacyWords.array("hand-word");
  private static final String[] FROM = LegacyWords.array("preposition-from");
  private static final String[] BREAKDOWN_NOUNS = LegacyWords.array("breakdown-noun");
  private static final String[] BREAKDOWN_VERBS = LegacyWords.array("breakdown-verb");
  private static final String[] CAPTIONS = LegacyWords.array("caption");
  private static final String[] HAND_OWNERS = LegacyWords.array("hand-owner");
  private static final String[] MONTH_ABBREVIATIONS = LegacyWords.array("month-abbreviation");
  private static final String[] OBJECT_PRONOUNS = LegacyWords.array("object-pronoun");
  private static final String[] SHOT_VERBS = LegacyWords.array("shot-fired-verb");
  private static final Set<String> BEFORE_NOT_COUNT = LegacyWords.set("before-not-count", "$", "€", "£", "¥");
  private static final Set<String> AUXILIARIES = LegacyWords.set("auxiliary");
  private static final Set<String> SUBORDINATORS = LegacyWords.set("subordinator");
  private static final Set<String> DASHES = Set.of("-", "–", "—");

  private final List<Token> t;

  Rejections(List<Token> tokens) {
    this.t = tokens;
  }

  /**
   * "fired one shot", "one shot was fired", "heard one gun shot": a count of gunshots, not of victims.
   */
  private boolean gunshots(int i, int end) {
    if (end + 1 < t.size() && t.get(end).is(GUN) && t.get(end + 1).is(SHOTS)) {
      return true;
    }
    if (end >= t.size() || !t.get(end).is(SHOT)) {
      return false;
    }
    return i > 0 && t.get(i - 1).is(SHOT_HEARING_VERBS)
        || end + 1 < t.size() && t.get(end + 1).is(SHOT_VERBS);
  }

  /** "four victims, ages 19 to 24": the number ends a range of ages. */
  private boolean ageRangeEnd(int i) {
    return i >= 3 && t.get(i - 1).is(RANGE_LINKS) && t.get(i - 2).isDigits()
        && t.get(i - 3).is(AGE_RANGE_OPENERS);
  }

  /** "The dead were one guard and six inmates": a breakdown of a toll, not a toll. */
  boolean breakdownSentence() {
    if (t.size() < 3) {
      return false;
    }
    boolean lead = t.get(0).is(BREAKDOWN_LEADS) && t.get(1).is(BREAKDOWN_NOUNS);
    return lead && (t.get(2).is(BREAKDOWN_VERBS) || t.get(0).is(AMONG));
  }

  /** Dates, money, ages, anaphoric "the 49", "bodies of ...": the number is not a fresh count. */
  boolean notACount(Numbers.Num num) {
    int i = num.start();
    if (NotVictims.at(t, num) || caption(i)) {
      return true;
    }
    if (i > 0 && (BEFORE_NOT_COUNT.contains(t.get(i - 1).lower()) || monthBefore(i - 1)
        || i > 1 && t.get(i - 1).is(".") && monthBefore(i - 2))) {
      return true;
    }
    if (num.end() < t.size() && OnePerson.isAge(t.get(num.end()))
        || i > 1 && t.get(i - 1).is(OF) && t.get(i - 2).is(AGE) || ageRangeEnd(i) || gunshots(i, num.end())
        || Pairs.parentOf(t, i)) {
      return true;
    }
    if (num.end() < t.size() && DASHES.contains(t.get(num.end()).text())
        && t.get(num.end()).start() == t.get(num.end() - 1).end()) {
      return true;
    }
    for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
      if (t.get(k).is(BODIES) && k + 1 < t.size() && t.get(k + 1).is(OF)) {
        return true;
      }
    }
    return false;
  }

  /** "Image 4 of 5", "Photo 1 of / 33": a photo gallery's counter, pasted into scraped copy. */
  private boolean caption(int i) {
    int k = i - 1;
    if (k >= 0 && t.get(k).is("/")) {
      k--;
    }
    if (k >= 1 && t.get(k).is(OF) && t.get(k - 1).isDigits()) {
      k -= 2;
    }
    return k >= 0 && t.get(k).is(CAPTIONS);
  }

  /** "Sept 14", "Dec. 25", "on March 3": a day of the month. */
  private boolean monthBefore(int k) {
    return k >= 0 && (Markers.month(t.get(k)) != null
        || t.get(k).is(MONTH_ABBREVIATIONS));
  }

  /** The metric named after the noun phrase ("were killed", "remained trapped", "in detention"), or null. */
  Metric passiveCue(NounPhrase np, long value) {
    int k = np.end();
    if (!np.person() && np.words().isEmpty() && k < t.size() && !AUXILIARIES.contains(t.get(k).lower())
        && !ShotCues.opens(t.get(k))) {
      return null;
    }
    if (k < t.size() && DASHES.contains(t.get(k).text())) {
      k = closingDash(k);
    }
    for (int n = 0; k < t.size() && n < 10; k++, n++) {
      Token tok = t.get(k);
      if (tok.isClauseBreak() || SUBORDINATORS.contains(tok.lower()) || Numbers.at(t, k) != null
          || Lexicon.negation(tok) || Lexicon.OTHER_COUNTS.contains(tok.lower())) {
        return null;
      }
      if (tok.is(BOTH_EACH) && k + 1 < t.size() && t.get(k + 1).is(SIDES)) {
        return null;
      }
      Metric m = ShotCues.at(t, k);
      if (m != null && (np.person() || m != Metric.INJURED || !tok.is(TREATED))) {
        return sumAfter(k) || objectAfter(k) ? null : m;
      }
    }
    return null;
  }

  /**
   * "a party of 400 people ended in gunfire that killed one man": the cue has an object, so it is an active
   * verb whose victims are that object, not the noun phrase before it.
   */
  private boolean objectAfter(int k) {
    int j = k + 1;
    if (j >= t.size() || !LegacyWords.endsWithAny(t.get(k).lower(), PAST_SUFFIXES) || t.get(j).isClauseBreak()) {
      return false;
    }
    return Numbers.at(t, j) != null || Singulars.at(t, j) != null
        || t.get(j).is(OBJECT_PRONOUNS);
  }

  private boolean sumAfter(int k) {
    for (int j = k + 1; j < Math.min(t.size(), k + 6); j++) {
      if (t.get(j).is(BOTH_EACH) && j + 1 < t.size() && t.get(j + 1).is(SIDES)) {
        return true;
      }
      if (t.get(j).isClauseBreak()) {
        return false;
      }
    }
    return false;
  }

  private int closingDash(int k) {
    for (int j = k + 1; j < t.size(); j++) {
      if (DASHES.contains(t.get(j).text())) {
        return j + 1;
      }
    }
    return t.size();
  }

  /** "Two more were still missing": an increment that is stated as a standing total. */
  boolean stillAfter(int k) {
    for (int j = k; j < Math.min(t.size(), k + 4); j++) {
      if (t.get(j).is(STILL)) {
        return true;
      }
    }
    return false;
  }

  /** Breakdowns, subsets, parentheticals, offers and negations around the number. */
  boolean rejected(int q, Numbers.Num num, NounPhrase np) {
    return breakdown(q) || subset(q) || insideParenthetical(q) || offerOrNegation(q);
  }

  private boolean breakdown(int q) {
    if (q == 0 || !t.get(q - 1).is(AND)) {
      return false;
    }
    boolean noun = false;
    for (int k = q - 2; k >= 0 && !t.get(k).isClauseBreak(); k--) {
      Token tok = t.get(k);
      if (Lexicon.PASSIVE_CUES.containsKey(tok.lower()) || Lexicon.ACTIVE_CUES.containsKey(tok.lower())
          || AUXILIARIES.contains(tok.lower()) || LegacyWords.endsWithAny(tok.lower(), GERUND_SUFFIXES) || LegacyWords.endsWithAny(tok.lower(), PAST_SUFFIXES)
          || tok.is(ATTRIBUTIONS)) {
        return false;
      }
      noun |= Lexicon.PERSON_NOUNS.contains(tok.lower()) || Lexicon.TROOP_NOUNS.contains(tok.lower());
    }
    return noun;
  }

  private boolean subset(int q) {
    for (int k = q - 1; k >= Math.max(0, q - 2); k--) {
      if (t.get(k).is(INCLUSIONS)) {
        return true;
      }
    }
    return false;
  }

  private boolean insideParenthetical(int q) {
    int dashes = 0;
    int parens = 0;
    for (int k = 0; k < q; k++) {
      dashes += spacedDash(k) ? 1 : 0;
      parens += t.get(k).is("(") ? 1 : t.get(k).is(")") ? -1 : 0;
    }
    if (parens > 0) {
      return true;
    }
    if (dashes % 2 == 1) {
      for (int k = q; k < t.size(); k++) {
        if (spacedDash(k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A dash that sets off words, not the hyphen inside "20-year-old" (no space on either side). */
  private boolean spacedDash(int k) {
    Token d = t.get(k);
    boolean glued = k > 0 && t.get(k - 1).end() == d.start() && k + 1 < t.size() && t.get(k + 1).start() == d.end();
    return DASHES.contains(d.text()) && !glued;
  }

  private boolean offerOrNegation(int q) {
    for (int k = q - 1; k >= 0 && !t.get(k).isClauseBreak(); k--) {
      Token tok = t.get(k);
      if (Lexicon.OFFERS.contains(tok.lower()) && !bodyPart(k) || k == q - 1 && Lexicon.negation(tok)) {
        return true;
      }
    }
    return false;
  }

  /** "shot in the hand": the noun, not the verb of "hand over". */
  private boolean bodyPart(int k) {
    return t.get(k).is(HAND) && k > 0 && t.get(k - 1).is(HAND_OWNERS);
  }

  /** "from 49", "police earlier put the number at 30", "had initially reported four dead": an earlier value. */
  boolean previous(int q) {
    if (q > 0 && t.get(q - 1).is(FROM)) {
      return true;
    }
    for (int k = q - 1; k >= 0 && !t.get(k).isClauseBreak(); k--) {
      if (Lexicon.PREVIOUS_MARKERS.contains(t.get(k).lower())) {
        return true;
      }
    }
    return false;
  }
}
