package io.wirewatch.figures;

import java.util.List;
import java.util.Set;

/**
 * A further count whose verb is left out because it repeats the clause before ("gapping"): "three died at the
 * scene and one at the hospital" is 4 dead, "a man was shot in the shoulder and a woman in the leg" is 2
 * wounded. The gapped count follows "and" right after the first clause's cue and its own words, with no comma or
 * number between ("five were shot, two in the legs and one in the arm" is a breakdown, not a gap); it has a
 * preposition of place or body part and no verb of its own up to the clause's end. After "left" the cue is a
 * state, not an event: "left one dead and two in the hospital" leaves the two alive.
 */
final class Gapping {
  private static final String[] LEFT = LegacyWords.array("left-verb");
  private static final String[] CARE_CUES = LegacyWords.array("care-cue");
  private static final String[] AND = LegacyWords.array("conjunction");
  private static final String[] CARE_WORDS = LegacyWords.array("care-cue-plural");
  private static final String[] CLAUSE_LINKS = LegacyWords.array("clause-link");
  private static final String[] INDEFINITE = LegacyWords.array("indefinite-article");
  private static final String[] OWNERS = LegacyWords.array("singular-possessive");
  private static final String[] ARTICLES = LegacyWords.array("article");
  private static final String[] GROUP_HEADS = LegacyWords.array("group-head");
  private static final int CLAUSE_REACH = 8;
  private static final Set<String> PREPOSITIONS = LegacyWords.set("gapping-preposition");
  private static final Set<String> ORDINALS = LegacyWords.set("gapping-ordinal");
  private static final Set<String> VERBS = LegacyWords.set("gapping-verb");

  private Gapping() {}

  /** The count gapped after the cue of the figure starting at token {@code k}: its value, or 0. */
  static long after(List<Token> t, int k) {
    for (int j = Math.max(0, k - 3); j < k; j++) {
      if (t.get(j).is(LEFT)) {
        return 0; // "left one dead and two in the hospital": a state, the second group is alive
      }
    }
    int cue = -1;
    for (int j = Math.max(0, k); j < Math.min(t.size(), k + 12) && !t.get(j).is(",", ";"); j++) {
      if (ShotCues.at(t, j) != null && !t.get(j).is(CARE_CUES)) {
        cue = j;
        break;
      }
    }
    if (cue < 0) {
      return 0;
    }
    int and = -1;
    for (int j = cue + 1; j < Math.min(t.size(), cue + CLAUSE_REACH); j++) {
      Token tok = t.get(j);
      if (tok.is(AND)) {
        and = j;
        break;
      }
      if (tok.isClauseBreak() || tok.isDigits() || Numbers.at(t, j) != null || VERBS.contains(tok.lower())) {
        return 0;
      }
    }
    if (and < 0 || and + 2 >= t.size()) {
      return 0;
    }
    int[] count = count(t, and + 1);
    if (count == null) {
      return 0;
    }
    int p = count[1];
    if (p >= t.size() || !PREPOSITIONS.contains(t.get(p).lower())) {
      return 0;
    }
    for (int j = p + 1; j < t.size() && !t.get(j).isClauseBreak() && !t.get(j).is("."); j++) {
      Token tok = t.get(j);
      boolean verb = ShotCues.at(t, j) != null && !tok.is(CARE_WORDS);
      if (VERBS.contains(tok.lower()) || verb || tok.is(CLAUSE_LINKS)) {
        return 0;
      }
    }
    return count[0];
  }

  /** {value, index after the count's words} for "one", "two men", "a woman", "a 22-year-old man", "a fourth one". */
  private static int[] count(List<Token> t, int k) {
    Numbers.Num num = Numbers.at(t, k);
    int end;
    long value;
    if (num != null && !t.get(k).is(INDEFINITE)) {
      value = num.value();
      end = num.end();
    } else if (t.get(k).is(OWNERS) && k + 1 < t.size()
        && OnePerson.NOUNS.contains(t.get(k + 1).lower())) {
      value = 1;
      end = k + 2;
    } else if (t.get(k).is(ARTICLES)) {
      value = 1;
      end = k + 1;
      if (end < t.size() && ORDINALS.contains(t.get(end).lower())) {
        end++;
      } else {
        Numbers.Num single = Singulars.at(t, k);
        if (single == null) {
          return null;
        }
        end = single.end() < t.size() && OnePerson.NOUNS.contains(t.get(single.end()).lower())
            ? single.end() + 1 : single.end();
      }
    } else {
      return null;
    }
    if (value > 1000) {
      return null;
    }
    if (end < t.size() && (t.get(end).is(GROUP_HEADS)
        || Lexicon.PERSON_NOUNS.contains(t.get(end).lower()) || OnePerson.NOUNS.contains(t.get(end).lower()))) {
      end++;
    }
    return new int[] {(int) value, end};
  }
}
