package io.wirewatch.figures;

import io.wirewatch.model.Figure;
import io.wirewatch.model.Figure.Metric;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shooter's own death. A count of the shooter's victims ("the gunman killed four people", "four people
 * were killed by a man", "three victims") leaves him out, while the death toll of the incident counts
 * everyone who died: when the item says the shooter died (killed himself, took his own life, was shot and
 * killed by police, "suspect killed", a murder-suicide), his death is added to such a count. Counts of the
 * dead as a whole ("five dead", "four people died") and counts that already name him ("killed three and then
 * himself", "including the gunman") are left as they are.
 */
final class ShooterDeath {
  private static final String[] CLAIMED_LOST = LegacyWords.array("claimed-lost");
  private static final String[] BY = LegacyWords.array("agent-preposition");
  private static final String[] SUBJECT_PRONOUNS = LegacyWords.array("subject-pronoun");
  private static final String[] SAYING = LegacyWords.array("speaker-verb");
  /** Sentences that state the shooter's own death ("killed himself", "police killed the suspect"). */
  private static final String HIMSELF = LegacyWords.alternatives("shooter-died");
  private static final Pattern DIED_HIMSELF = Pattern.compile(HIMSELF, Pattern.CASE_INSENSITIVE);
  /** The item says the shooter died: as above, or a murder-suicide (not an attempted one). */
  private static final Pattern DIED = Pattern.compile(
      HIMSELF + "|" + LegacyWords.alternatives("murder-suicide"), Pattern.CASE_INSENSITIVE);
  private static final Pattern INCLUDED = Pattern.compile(LegacyWords.alternatives("shooter-included"),
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> EVENTS = LegacyWords.set("shooter-event");
  private static final Set<String> ATTACKERS = LegacyWords.set("attacker");
  private static final Set<String> POLICE = LegacyWords.set("police");
  private static final Set<String> NOT_ATTACKERS = LegacyWords.set("person-not-attacker");
  private static final Set<String> VICTIM_HEADS = LegacyWords.set("victim-head");
  private static final Set<String> AGENTS = LegacyWords.set("agent-determiner");

  private ShooterDeath() {}

  /**
   * True when the count at {@code q} names only the shooter's victims: the object of an active verb whose
   * subject is not the event ({@code active}; "claimed" and "lost" are tolls), a passive with the attacker
   * as its agent ("were killed by a gunman"), or "victims".
   */
  static boolean victimsOnly(List<Token> t, int q, boolean active, NounPhrase np) {
    if (active) {
      return !t.get(q - 1).is(CLAIMED_LOST) && !eventSubject(t, q - 1);
    }
    if (VICTIM_HEADS.stream().anyMatch(np.words().toLowerCase()::endsWith)) {
      return true;
    }
    for (int k = np.end(); k + 1 < t.size() && k < np.end() + 10; k++) {
      if (t.get(k).isClauseBreak()) {
        return false;
      }
      if (t.get(k).is(BY) && AGENTS.contains(t.get(k + 1).lower())) {
        return attacker(t, k + 2);
      }
    }
    return false;
  }

  /**
   * "Four shot to death, then gunman kills himself", "3 fatally shot; suspect killed": the sentence states the
   * shooter's death after the count at token {@code k}, so the count leaves him out.
   */
  static boolean diedAfter(String sentence, List<Token> t, int k) {
    if (k >= t.size()) {
      return false;
    }
    String rest = sentence.substring(t.get(k).start());
    return DIED_HIMSELF.matcher(rest).find() && !INCLUDED.matcher(rest).find();
  }

  /** "by a [lone] gunman", "by their father": the agent after "by" is a person, not police or an event. */
  private static boolean attacker(List<Token> t, int k) {
    for (int j = k; j < Math.min(t.size(), k + 3); j++) {
      String w = t.get(j).lower();
      if (POLICE.contains(w)) {
        return false;
      }
      if (ATTACKERS.contains(w) || OnePerson.NOUNS.contains(w) && !NOT_ATTACKERS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a shooting that killed four people", "Shooting kills 2": the verb's subject is the event, and its count
   * is everyone who died, not one attacker's victims.
   */
  private static boolean eventSubject(List<Token> t, int verb) {
    for (int k = verb - 1; k >= Math.max(0, verb - 8) && !t.get(k).isClauseBreak(); k--) {
      boolean speaker = k + 1 < t.size() && t.get(k + 1).is(SAYING);
      if (EVENTS.contains(t.get(k).lower()) || POLICE.contains(t.get(k).lower()) && !speaker) {
        return true;
      }
      if (t.get(k).is(SUBJECT_PRONOUNS) || Lexicon.PERSON_NOUNS.contains(t.get(k).lower())
          || OnePerson.NOUNS.contains(t.get(k).lower())) {
        return false;
      }
    }
    return false;
  }

  /**
   * Adds the shooter's death to the killed figures in {@code victims} (keys of counts of victims only) when
   * the headline or body says the shooter died.
   */
  static void apply(Map<String, Figure> figures, Set<String> victims, String headline,
      List<Sentences.Sentence> body) {
    if (victims.isEmpty() || !shooterDied(headline, body)) {
      return;
    }
    for (String key : victims) {
      Figure f = figures.get(key);
      if (f != null && f.metric() == Metric.KILLED && !INCLUDED.matcher(f.sentence()).find()) {
        figures.put(key, f.withValue(f.value() + 1));
      }
    }
  }

  private static boolean shooterDied(String headline, List<Sentences.Sentence> body) {
    if (headline != null && DIED.matcher(headline).find()) {
      return true;
    }
    return body.stream().anyMatch(s -> DIED.matcher(s.text()).find());
  }
}
