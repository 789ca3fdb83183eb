package io.wirewatch.figures;

import java.util.List;
import java.util.Set;

/**
 * Deaths and injuries a shooting story ascribes to another cause: "an elderly woman was killed when she
 * smashed her car into a pillar", "died of an apparent heart attack", "two people died after a fire",
 * "a bus wreck killed four". In an item about a shooting, a sentence that names a crash, fire, illness or
 * overdose and no gunfire tells another incident, and its counts are not the item's. Only in shooting items:
 * a fire's or a crash's own story keeps its toll.
 */
final class OtherCauses {
  private static final String[] FIRE = LegacyWords.array("fire-word");
  private static final String[] FIRE_SERVICE = LegacyWords.array("fire-service");
  private static final String[] FIRE_VERBS = LegacyWords.array("gunfire-verb");
  private static final Set<String> CAUSES = LegacyWords.set("other-cause");

  private static final Set<String> GUNFIRE = LegacyWords.set("gunfire");

  private OtherCauses() {}

  /** The headline or lead tells a shooting. */
  static boolean shootingStory(String headline, String lead) {
    return gunfire(Tokens.of(headline == null ? "" : headline)) || gunfire(Tokens.of(lead == null ? "" : lead));
  }

  /** The sentence names another cause of harm and no gunfire. */
  static boolean elsewhere(String sentence) {
    List<Token> t = Tokens.of(sentence);
    if (gunfire(t)) {
      return false;
    }
    for (int j = 0; j < t.size(); j++) {
      if (t.get(j).is(CAUSES.toArray(String[]::new)) || fire(t, j)) {
        return true;
      }
    }
    return false;
  }

  private static boolean gunfire(List<Token> t) {
    for (int j = 0; j < t.size(); j++) {
      String w = t.get(j).lower();
      if (GUNFIRE.contains(w) || t.get(j).is(FIRE) && j > 0 && t.get(j - 1).is(FIRE_VERBS)) {
        return true;
      }
    }
    return false;
  }

  /** "a fire", "the fire", "house fire": a fire as the event, not a fire department or truck. */
  private static boolean fire(List<Token> t, int j) {
    return t.get(j).is(FIRE) && !(j + 1 < t.size() && t.get(j + 1).is(FIRE_SERVICE));
  }
}
