package io.wirewatch.figures;

import java.util.List;
import java.util.Set;

/**
 * Named victims in a coordination are counted like any coordinated count: "Smith and Okafor were pronounced
 * dead" is 2, "Jane Doe, her husband and six children were shot and killed" is 8, "Lee and her three children
 * were found dead" is 4. A name alone is no count (it usually restates a victim already counted); a list counts
 * only when it holds a name, is joined by "and" before its last member, and a passive verb group follows it
 * directly ("were", "are", "both", "dead", "found"), so the names are the clause's subject; it counts only the
 * dead ("A and B were shot" often names victims who died, counted elsewhere).
 */
final class Names {
  private static final Set<String> PAST_SUFFIXES = LegacyWords.set("past-suffix");
  private static final String[] AND = LegacyWords.array("conjunction", "&");
  private static final String[] HOSPITAL = LegacyWords.array("hospital-word");
  private static final String[] HEADLINE_PREDICATE = LegacyWords.array("name-headline-predicate", ",");
  private static final String[] LIST_VERBS = LegacyWords.array("name-list-verb");
  private static final String[] OBJECT_OPENERS = LegacyWords.array("name-object");
  private static final int MAX_MEMBERS = 8;
  private static final int MAX_NAME_WORDS = 3;
  /** Capitalised words that are not names of people. */
  private static final Set<String> NOT_NAMES = LegacyWords.set("not-name");

  private Names() {}

  /**
   * The coordinated list starting at token {@code i} that names at least one person: its total count and the
   * index after it (the noun phrase read from there is empty); null if {@code i} starts none.
   */
  static Numbers.Num list(List<Token> t, int i) {
    int k = name(t, i);
    if (k < 0 || i > 0 && name(t, i - 1) >= 0) {
      return null;
    }
    long total = 1;
    int members = 1;
    for (; members < MAX_MEMBERS && k + 1 < t.size(); members++) {
      boolean and = t.get(k).is(AND);
      if (!and && !t.get(k).is(",")) {
        break;
      }
      int next = name(t, k + 1);
      if (next > 0) {
        total++;
        k = next;
      } else {
        Numbers.Num num = Singulars.conjunct(t, k + 1);
        NounPhrase np = num == null ? null : NounPhrase.read(t, num.end());
        if (np == null || np.reject() || !np.person() || np.more()) {
          return null;
        }
        total += num.value();
        k = np.end();
      }
      if (and && !(k + 1 < t.size() && t.get(k).is(AND))) {
        k = skipAge(t, k);
        return verbAfter(t, k) ? new Numbers.Num(total, i, k) : null;
      }
    }
    return null;
  }

  /** The index after a person's name at {@code k} ("Okafor", "Jane Doe", "Doe, 27,"), else -1. */
  private static int name(List<Token> t, int k) {
    int n = 0;
    while (k + n < t.size() && n < MAX_NAME_WORDS && nameWord(t, k + n)) {
      n++;
    }
    return n == 0 ? -1 : skipAge(t, k + n);
  }

  private static boolean nameWord(List<Token> t, int k) {
    Token tok = t.get(k);
    String w = tok.lower();
    return tok.isCapitalised() && tok.text().length() > 1 && tok.text().chars().allMatch(Character::isLetter)
        && !tok.text().chars().allMatch(Character::isUpperCase) && !NOT_NAMES.contains(w)
        && !Lexicon.PERSON_NOUNS.contains(w) && !Lexicon.TROOP_NOUNS.contains(w) && !OnePerson.NOUNS.contains(w)
        && !Lexicon.PASSIVE_CUES.containsKey(w) && !Lexicon.ACTIVE_CUES.containsKey(w) && !ShotCues.opens(tok)
        && Places.at(t, k) == null;
  }

  /** ", 27," after a name or the list: an age in commas. */
  private static int skipAge(List<Token> t, int k) {
    return k + 2 < t.size() && t.get(k).is(",") && t.get(k + 1).isDigits() && t.get(k + 2).is(",") ? k + 3 : k;
  }

  private static boolean verbAfter(List<Token> t, int k) {
    if (k >= t.size()) {
      return false;
    }
    Token next = t.get(k);
    if (next.is(LIST_VERBS)) {
      return true;
    }
    if (!ShotCues.opens(next) || next.is(HOSPITAL)) {
      return false;
    }
    // headline style "A and B shot dead"; not "A and B shot, killed and burned Davis": an object makes it active
    int j = k;
    while (j < t.size() && (ShotCues.at(t, j) != null || ShotCues.opens(t.get(j))
        || t.get(j).is(HEADLINE_PREDICATE) || LegacyWords.endsWithAny(t.get(j).lower(), PAST_SUFFIXES))) {
      j++;
    }
    return j >= t.size() || !(t.get(j).isCapitalised() || t.get(j).isDigits()
        || t.get(j).is(OBJECT_OPENERS)
        || Lexicon.PERSON_NOUNS.contains(t.get(j).lower()));
  }
}
