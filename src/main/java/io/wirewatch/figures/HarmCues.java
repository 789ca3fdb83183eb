package io.wirewatch.figures;

import io.wirewatch.model.Figure.Metric;
import java.util.List;
import java.util.Set;

/**
 * Injured cues that describe the harm rather than name it: "were hit in the legs", "was struck by gunfire",
 * "was grazed by a bullet", "suffered minor injuries", "with gunshot wounds", "treated for wounds". A hit or strike counts only with a body part ("in the leg") or a projectile ("by a bullet"), so
 * "hit by a car" and "struck a deal" are not casualties; injuries and wounds count only when suffered,
 * sustained, treated or carried ("with injuries"). Being hit or struck counts everyone hit, the dead
 * included, like a plain "shot" (see {@link #everyoneHit}).
 */
final class HarmCues {
  private static final Set<String> NON_PREFIXES = LegacyWords.set("non-prefix");
  private static final Set<String> THREATENING_SUFFIXES = LegacyWords.set("threatening-suffix");
  private static final String[] CONDITION = LegacyWords.array("condition-noun");
  private static final String[] HIT = LegacyWords.array("hit-verb");
  private static final String[] WOUND = LegacyWords.array("wound-noun");
  private static final String[] GUNSHOT = LegacyWords.array("gunshot-word");
  private static final String[] GRAZED = LegacyWords.array("grazed-word");
  private static final String[] ON_BODY = LegacyWords.array("body-preposition");
  private static final String[] BY = LegacyWords.array("agent-preposition");
  private static final String[] OTHERS = LegacyWords.array("others-word");
  private static final String[] HURT_OR_SHOT = LegacyWords.array("hurt-or-shot");
  private static final String[] BODY_OWNERS = LegacyWords.array("body-owner");
  private static final String[] CARE = LegacyWords.array("care");
  private static final String[] GRAZED_OBJECTS = LegacyWords.array("grazed-object");
  private static final Set<String> STRIKES = LegacyWords.set("harm-strike");
  private static final Set<String> PROJECTILES = LegacyWords.set("harm-projectile");
  private static final Set<String> HARMS = LegacyWords.set("harm-noun");
  private static final Set<String> CARRIERS = LegacyWords.set("harm-carrier");
  private static final Set<String> FILLERS = LegacyWords.set("harm-filler", "-");
  private static final Set<String> GRADES = LegacyWords.set("harm-grade");
  private static final int REACH = 5;

  private HarmCues() {}

  /** INJURED when the token at {@code k} opens one of these cues, else null. */
  static Metric at(List<Token> t, int k) {
    Token tok = t.get(k);
    if (STRIKES.contains(tok.lower())) {
      return struck(t, k) ? Metric.INJURED : null;
    }
    if (HARMS.contains(tok.lower())) {
      return carried(t, k) ? Metric.INJURED : null;
    }
    if (tok.is(CONDITION) && k > 0 && GRADES.contains(t.get(k - 1).lower()) && othersHurtAfter(t, k)) {
      return Metric.INJURED;
    }
    return null;
  }

  /**
   * "four people were hit by gunfire", "found four people with gunshot wounds": like a plain "were shot", the
   * count includes any who died.
   */
  static boolean everyoneHit(List<Token> t, int k) {
    return t.get(k).is(HIT) && struck(t, k)
        || t.get(k).is(WOUND) && k > 0 && t.get(k - 1).is(GUNSHOT) && !survivors(t, k);
  }

  /** "taken to hospital with gunshot wounds", "suffered minor gunshot wounds": only the living are counted. */
  private static boolean survivors(List<Token> t, int k) {
    for (int j = Math.max(0, k - 12); j < k; j++) {
      Token tok = t.get(j);
      if (tok.is(CARE)
          || LegacyWords.startsWithAny(tok.lower(), NON_PREFIXES)) {
        return true;
      }
    }
    return false;
  }

  /** "hit in the foot", "struck by a stray bullet", "grazed" on its own (a graze is a wound). */
  private static boolean struck(List<Token> t, int k) {
    if (k + 1 >= t.size()) {
      return t.get(k).is(GRAZED);
    }
    Token next = t.get(k + 1);
    if (next.is(ON_BODY) && k + 2 < t.size() && t.get(k + 2).is(BODY_OWNERS)) {
      return true;
    }
    if (next.is(BY)) {
      for (int j = k + 2; j < Math.min(t.size(), k + 5); j++) {
        if (PROJECTILES.contains(t.get(j).lower())) {
          return true;
        }
      }
      return false;
    }
    return t.get(k).is(GRAZED) && !Lexicon.PERSON_NOUNS.contains(next.lower())
        && !OnePerson.NOUNS.contains(next.lower()) && !next.is(GRAZED_OBJECTS);
  }

  /**
   * "Two men were in critical condition and two others injured": a graded condition names the injured when
   * further victims are said to be hurt "too" in the same sentence. Alone, a condition is usually a breakdown
   * of a total stated elsewhere ("two victims remain in critical condition"), so it is not read.
   */
  private static boolean othersHurtAfter(List<Token> t, int k) {
    for (int j = k + 1; j + 1 < t.size(); j++) {
      if (t.get(j).is(OTHERS)) {
        for (int c = j + 1; c < Math.min(t.size(), j + 4); c++) {
          if (t.get(c).is(HURT_OR_SHOT)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "suffered minor injuries", "with gunshot wounds", "treated for wounds": the harm is carried by the count. */
  private static boolean carried(List<Token> t, int k) {
    for (int j = k - 1; j >= Math.max(0, k - REACH); j--) {
      Token tok = t.get(j);
      if (CARRIERS.contains(tok.lower())) {
        return true;
      }
      if (!FILLERS.contains(tok.lower()) && !LegacyWords.endsWithAny(tok.lower(), THREATENING_SUFFIXES)) {
        return false;
      }
    }
    return false;
  }
}
