package io.wirewatch.figures;

import io.wirewatch.model.Figure.Metric;
import java.util.List;
import java.util.Set;

/**
 * Passive cues of gun violence, read like {@link Lexicon#PASSIVE_CUES}: "shot and killed", "shot to death",
 * "fatally shot", "shot dead" are killed; "shot and wounded", "shot in the leg", "gunshot wounds" and a
 * plain "was shot" are injured ("shot, killed" in a headline is killed). A plain "shot" is weak: a killed cue later in its clause wins ("was shot
 * and later died"), and an object after it makes it active ("shot his wife"), not a count of victims.
 */
final class ShotCues {
  private static final Set<String> NEGATION_SUFFIXES = LegacyWords.set("negation-suffix");
  private static final String[] LIVES = LegacyWords.array("lives-word");
  private static final String[] SLAIN = LegacyWords.array("slain-murdered");
  private static final String[] DIE = LegacyWords.array("die-word");
  private static final String[] FATALLY = LegacyWords.array("fatal-adverb");
  private static final String[] DEATH = LegacyWords.array("death-noun");
  private static final String[] TO = LegacyWords.array("preposition-to");
  private static final String[] WOUND = LegacyWords.array("wound-noun");
  private static final String[] GUNSHOT_GUN = LegacyWords.array("gunshot-gun");
  private static final String[] SHOT = LegacyWords.array("shot-word");
  private static final String[] KILLED_WORD = LegacyWords.array("killed-word");
  private static final String[] ALSO = LegacyWords.array("also-word");
  private static final String[] AND = LegacyWords.array("conjunction");
  private static final String[] INJURED = LegacyWords.array("injured-word");
  private static final String[] OPENERS = LegacyWords.array("cue-opener");
  private static final String[] REFLEXIVE = LegacyWords.array("reflexive");
  private static final String[] LIFE = LegacyWords.array("life-word");
  private static final String[] OWN = LegacyWords.array("own-word");
  private static final String[] TAKE = LegacyWords.array("take-verb");
  private static final String[] ROUNDUP_NOUNS = LegacyWords.array("roundup-noun");
  private static final String[] STRING = LegacyWords.array("string-word");
  private static final String[] OF = LegacyWords.array("preposition-of");
  private static final String[] SEPARATE = LegacyWords.array("separate-word");
  private static final String[] SEPARATE_NOUNS = LegacyWords.array("separate-noun");
  private static final String[] LIVES_PLACE = LegacyWords.array("lives-verb-after");
  private static final String[] LIVES_SUBJECT = LegacyWords.array("lives-verb-before");
  private static final String[] SELF_VERBS = LegacyWords.array("self-verb");
  private static final String[] SLAIN_DETERMINERS = LegacyWords.array("slain-determiner");
  private static final String[] WISHED = LegacyWords.array("modal-before-die");
  private static final Set<String> OBJECTS = LegacyWords.set("shot-object");
  /** "shot at", "shot up": active only after "shot" ("killed at a party", "dead at the scene" are passive). */
  private static final Set<String> PARTICLES = LegacyWords.set("shot-particle");
  private static final Set<String> KILLED = LegacyWords.set("shot-killed");
  private static final int REACH = 14;

  private ShotCues() {}

  /** The metric the token at {@code k} names, as a passive cue after a count; null if none. */
  static Metric at(List<Token> t, int k) {
    Token tok = t.get(k);
    Metric m = Lexicon.PASSIVE_CUES.get(tok.lower());
    if (tok.is(LIVES) && (k > 0 && t.get(k - 1).is(LIVES_SUBJECT)
        || k + 1 < t.size() && t.get(k + 1).is(LIVES_PLACE))) {
      return null;
    }
    if (tok.is(SLAIN) && k > 0 && t.get(k - 1).is(SLAIN_DETERMINERS)) {
      return null; // "to honor a slain friend": an adjective, not the count's verb
    }
    if (m != null) {
      return m;
    }
    if (tok.is(DIE) && !wishedOrFeared(t, k)) {
      return Metric.KILLED; // headline present tense: "4 shot, 2 die"
    }
    if (tok.is(FATALLY)) {
      return Metric.KILLED;
    }
    if (tok.is(DEATH) && k > 0 && t.get(k - 1).is(TO)) {
      return Metric.KILLED;
    }
    if (tok.is(WOUND) && k > 0 && t.get(k - 1).is(GUNSHOT_GUN)) {
      return Metric.INJURED;
    }
    if (tok.is(SHOT) && k + 2 < t.size() && t.get(k + 1).is(",") && t.get(k + 2).is(KILLED_WORD)) {
      return Metric.KILLED;
    }
    if (tok.is(SHOT)) {
      return killedLater(t, k) || active(t, k) ? null : Metric.INJURED;
    }
    return HarmCues.at(t, k);
  }

  /** "a driver was also hurt": the one adds to a count stated elsewhere; it is not the count. */
  static boolean alsoBeforeCue(List<Token> t, int k) {
    for (int j = k; j < Math.min(t.size(), k + 10) && at(t, j) == null; j++) {
      if (t.get(j).is(ALSO)) {
        return true;
      }
    }
    return false;
  }

  /** "could die", "don't let him die", "willing to die": a bare infinitive is no death that happened. */
  private static boolean wishedOrFeared(List<Token> t, int k) {
    for (int j = Math.max(0, k - 3); j < k; j++) {
      if (t.get(j).is(WISHED)
          || LegacyWords.endsWithAny(t.get(j).lower(), NEGATION_SUFFIXES)) {
        return true;
      }
    }
    return false;
  }

  /** True when the first cue after {@code k} is a plain "shot": the count is everyone hit. */
  static boolean plainShotAfter(List<Token> t, int k) {
    for (int j = k; j < Math.min(t.size(), k + 10); j++) {
      if (at(t, j) != null) {
        return (t.get(j).is(SHOT) || HarmCues.everyoneHit(t, j)) && !(j + 2 < t.size() && t.get(j + 1).is(AND)
            && t.get(j + 2).is(INJURED));
      }
    }
    return false;
  }

  /** True when the token can open a cue: {@link #at} may name a metric for it. */
  static boolean opens(Token tok) {
    return Lexicon.PASSIVE_CUES.containsKey(tok.lower()) || tok.is(OPENERS);
  }

  /**
   * True when the first cue after {@code k} is an active verb with an object: "a man killed his wife" counts
   * the killer, not a victim ("a man killed himself" is a count of one).
   */
  static boolean activeAfter(List<Token> t, int k) {
    for (int j = k; j < Math.min(t.size(), k + 10); j++) {
      if (t.get(j).is(SHOT) && active(t, j)) {
        return true;
      }
      if (at(t, j) != null) {
        j += t.get(j).is(FATALLY) && j + 1 < t.size() ? 1 : 0;
        return j + 1 < t.size() && !t.get(j + 1).is(REFLEXIVE)
            && (active(t, j) || Lexicon.PERSON_NOUNS.contains(t.get(j + 1).lower()));
      }
    }
    return false;
  }

  /**
   * "killed four people before turning the gun on himself", "then took his own life": the shooter's death,
   * stated after a killed count in the same sentence, is one more death.
   */
  static boolean shooterDiedAfter(List<Token> t, int k) {
    for (int j = k + 1; j < t.size(); j++) {
      if (t.get(j).is(REFLEXIVE)) {
        for (int b = j - 1; b >= Math.max(k, j - 4); b--) {
          if (t.get(b).is(SELF_VERBS)) {
            return true;
          }
        }
      }
      if (j >= 3 && t.get(j).is(LIFE) && t.get(j - 1).is(OWN) && t.get(j - 3).is(TAKE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A roundup sentence: "in three separate shootings", "in South Side shootings", "a string of incidents".
   * Its counts sum several incidents, so none of them is one incident's count.
   */
  static boolean roundup(List<Token> t) {
    for (int j = 0; j < t.size(); j++) {
      if (t.get(j).is(ROUNDUP_NOUNS)
          || RoundupSpans.span(t, j) || t.get(j).is(STRING) && j + 1 < t.size() && t.get(j + 1).is(OF)
          || t.get(j).is(SEPARATE) && j + 1 < t.size() && t.get(j + 1).is(SEPARATE_NOUNS)) {
        return true;
      }
    }
    return false;
  }


  private static boolean killedLater(List<Token> t, int k) {
    for (int j = k + 1; j < Math.min(t.size(), k + REACH); j++) {
      Token tok = t.get(j);
      if (tok.isClauseBreak()) {
        return false;
      }
      if (KILLED.contains(tok.lower()) || tok.is(DEATH) && t.get(j - 1).is(TO)) {
        return true;
      }
    }
    return false;
  }

  /** "shot his wife", "shot a man", "Man shot wife": the count is the shooter, not a victim. */
  private static boolean active(List<Token> t, int k) {
    if (k + 1 >= t.size()) {
      return false;
    }
    String next = t.get(k + 1).lower();
    if (PARTICLES.contains(next)) {
      return t.get(k).is(SHOT);
    }
    return OBJECTS.contains(next) || t.get(k + 1).isDigits() || OnePerson.NOUNS.contains(next)
        || Lexicon.PERSON_NOUNS.contains(next);
  }
}
