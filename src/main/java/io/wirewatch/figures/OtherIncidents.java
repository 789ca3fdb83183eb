package io.wirewatch.figures;

import java.util.List;
import java.util.Set;

/**
 * Counts that belong to another incident than the item's own. Local news sets its incident against others:
 * an earlier one ("a man was killed on the same block last week", "in a previous shooting"), one the item's
 * incident follows or answers ("weeks after a gunman killed 20 children", "in retaliation for a shooting that
 * left one dead"), and links to other stories ("RELATED: Man killed in drive-by"). Their counts are not the
 * item's figures.
 */
final class OtherIncidents {
  private static final String[] LAST = LegacyWords.array("last-word");
  private static final String[] EARLIER = LegacyWords.array("earlier-word");
  private static final String[] PRIOR = LegacyWords.array("prior-word");
  private static final String[] DETERMINERS = LegacyWords.array("determiner-article");
  private static final String[] TO = LegacyWords.array("preposition-to");
  private static final String[] BEFORE = LegacyWords.array("before-word");
  private static final String[] NIGHT_DAY = LegacyWords.array("night-day");
  private static final String[] THE = LegacyWords.array("definite-article");
  private static final String[] UNTRUE = LegacyWords.array("untrue-adjective");
  private static final String[] UNTRUE_VERBS = LegacyWords.array("untrue-verb");
  private static final String[] FALSE = LegacyWords.array("false-adjective");
  private static final String[] FALSE_VERBS = LegacyWords.array("false-verb");
  private static final String[] FALSE_VERB_OPENERS = LegacyWords.array("false-verb-opener");
  private static final String[] AFTER_BEFORE = LegacyWords.array("sequence-word");
  private static final String[] FOLLOWS = LegacyWords.array("follow-verb");
  private static final String[] RETALIATION = LegacyWords.array("retaliation-word");
  private static final String[] FOR_TO = LegacyWords.array("retaliation-preposition");
  private static final String[] DEATH_WORDS = LegacyWords.array("other-incident-death");
  private static final String[] LAST_SEASONS = LegacyWords.array("last-period");
  private static final String[] SPANS_EARLIER = LegacyWords.array("span-before-earlier");
  private static final Set<String> LINK_LABELS = LegacyWords.set("link-label");
  private static final Set<String> LINK_WORDS = LegacyWords.set("link-word");

  private static final String[] DURATIONS = LegacyWords.array("duration");

  private static final String[] INCIDENTS = LegacyWords.array("incident");


  private OtherIncidents() {}

  /**
   * A link to another story: a sentence opened by a label such as "RELATED:", "[Related story:", "READ MORE:",
   * "MORE:", "ALSO:", "TRENDING STORIES:" names that story's headline, not this item's count.
   */
  static boolean link(List<Token> t) {
    int k = 0;
    while (k < t.size() && !Character.isLetterOrDigit(t.get(k).text().charAt(0))) {
      k++;
    }
    boolean label = false;
    for (int n = 0; k < t.size() && n < 3; k++, n++) {
      Token tok = t.get(k);
      if (tok.is(":") || tok.is("|")) {
        return label;
      }
      if (!LINK_WORDS.contains(tok.lower())) {
        return false;
      }
      label |= LINK_LABELS.contains(tok.lower());
    }
    return false;
  }

  /**
   * A relative past reference at token {@code i}: "last week", "last month", "last summer". Like a past
   * year, it dates the count near it before the item's own incident.
   */
  static boolean relativePast(List<Token> t, int i) {
    Token tok = t.get(i);
    if (i > 0 && t.get(i - 1).is(LAST) && tok.is(LAST_SEASONS)) {
      return true;
    }
    if (tok.is(EARLIER) && i > 0 && t.get(i - 1).is(SPANS_EARLIER)) {
      return true;
    }
    if (tok.is(PRIOR) && i > 0 && t.get(i - 1).is(DETERMINERS)
        && !(i + 1 < t.size() && t.get(i + 1).is(TO))) {
      return true;
    }
    return tok.is(BEFORE) && i > 1 && t.get(i - 1).is(NIGHT_DAY) && t.get(i - 2).is(THE);
  }

  /**
   * A report the sentence withdraws: "early reports said one person had died, but that proved incorrect",
   * "turned out to be false". Its count is an earlier value, not the current one.
   */
  static boolean retracted(List<Token> t) {
    for (int j = 1; j < t.size(); j++) {
      Token tok = t.get(j);
      if (tok.is(UNTRUE) && t.get(j - 1).is(UNTRUE_VERBS)
          || tok.is(FALSE) && t.get(j - 1).is(FALSE_VERBS) && j > 1
          && t.get(j - 2).is(FALSE_VERB_OPENERS)) {
        return true;
      }
    }
    return false;
  }


  /**
   * Where the sentence turns to another incident, or the sentence's length if it does not: after "weeks after",
   * "hours before", "a month after" (the item's incident set in time against another), after "follows" /
   * "followed" ("the shooting follows a shooting last week that left ..."), and after "retaliation for" /
   * "retaliation to". Counts from there on are the other incident's.
   */
  static int turn(List<Token> t) {
    for (int i = 1; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.is(AFTER_BEFORE) && t.get(i - 1).is(DURATIONS) && incidentBefore(t, i)) {
        return i;
      }
      if (tok.is(FOLLOWS) || tok.is(RETALIATION) && i + 1 < t.size() && t.get(i + 1).is(FOR_TO)) {
        return i;
      }
    }
    return t.size();
  }

  /**
   * The sentence has told an incident before {@code k} ("The shooting came hours before", "Two men were shot
   * Sunday, a day after"), and not a later death ("died two weeks after he was wounded" is the same victim).
   */
  private static boolean incidentBefore(List<Token> t, int k) {
    boolean incident = false;
    for (int j = 0; j < k; j++) {
      Token tok = t.get(j);
      if (tok.is(DEATH_WORDS)) {
        return false;
      }
      incident |= tok.is(INCIDENTS) || ShotCues.at(t, j) != null;
    }
    return incident;
  }
}
