package io.wirewatch.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The noun phrase after a number: "49 Armenian soldiers", "105 of its troops", "seven others", or nothing
 * ("7 missing", "injuring 20"). Says whose count it is, as far as the phrase itself tells.
 *
 * @param end token index after the phrase
 * @param words the phrase as written
 * @param person a person noun was found (people, soldiers, Georgians)
 * @param troops the head noun names armed forces
 * @param side a side named in the phrase ("Armenian", "of Armenia's", "from Armenia"); null if none
 * @param possessive the phrase says "its"/"their"/"the country's": the side is the clause's speaker
 * @param more "five more bodies": an increment, not a total
 * @param reject the phrase makes the number something else (a subset, a unit, two sides summed)
 */
record NounPhrase(int end, String words, boolean person, boolean troops, String side, boolean possessive,
    boolean more, boolean reject) {
  /** "16-year-old", "3-months-old": an age written as one token. */
  private static final Pattern GLUED_AGE = Pattern.compile(LegacyWords.alternatives("glued-age"),
      Pattern.CASE_INSENSITIVE);
  private static final String[] OF = LegacyWords.array("preposition-of");
  private static final String[] THE = LegacyWords.array("definite-article");
  private static final String[] DEAD = LegacyWords.array("dead-word");
  private static final String[] MORE = LegacyWords.array("more-word");
  private static final String[] FROM = LegacyWords.array("preposition-from");
  private static final String[] AND = LegacyWords.array("conjunction");

  private static final Set<String> STOP = LegacyWords.set("stop");
  private static final Set<String> POSSESSIVES = LegacyWords.set("possessive");

  static NounPhrase read(List<Token> t, int k) {
    List<String> words = new ArrayList<>();
    String side = null;
    boolean possessive = false;
    if (k < t.size() && t.get(k).is(OF)) {
      if (k + 1 >= t.size()) {
        return rejected(k);
      }
      Token next = t.get(k + 1);
      Places.Mention place = Places.at(t, k + 1);
      if (POSSESSIVES.contains(next.lower())) {
        possessive = true;
        k += 2;
      } else if (next.is(THE) && k + 2 < t.size() && Places.possessive(t.get(k + 2))
          && Places.at(t, k + 2) == null) {
        possessive = true;
        k += 3;
      } else if (place != null && Places.possessive(t.get(place.end() - 1))) {
        side = place.side();
        k = place.end();
      } else {
        return rejected(k);
      }
    }
    return head(t, k, words, side, possessive);
  }

  /** The phrase inside "the number of [its soldiers] killed": an optional possessive, then the head. */
  static NounPhrase inToll(List<Token> t, int k) {
    boolean possessive = false;
    if (k < t.size() && POSSESSIVES.contains(t.get(k).lower())) {
      possessive = true;
      k++;
    } else if (k + 1 < t.size() && t.get(k).is(THE) && Places.possessive(t.get(k + 1))
        && Places.at(t, k + 1) == null) {
      possessive = true;
      k += 2;
    }
    return head(t, k, new ArrayList<>(), null, possessive);
  }

  private static NounPhrase head(List<Token> t, int k, List<String> words, String side, boolean possessive) {
    boolean more = false;
    int start = k;
    while (k < t.size() && k - start < 5) {
      int age = ageEnd(t, k);
      if (age > k) {
        k = age; // "2 16-year-old boys": the age is a modifier of the counted noun
        continue;
      }
      Token tok = t.get(k);
      if (Lexicon.NOT_PEOPLE.contains(tok.lower()) || tok.is("-")) {
        return rejected(k);
      }
      boolean nounNext = k + 1 < t.size() && isNoun(t.get(k + 1));
      if (ShotCues.opens(tok) && !isNoun(tok) && !nounNext || tok.is(DEAD)) {
        return done(t, k, words, false, false, side, possessive, more);
      }
      Places.Mention place = Places.at(t, k);
      if (place != null) {
        side = place.side();
        for (int j = k; j < place.end(); j++) {
          words.add(t.get(j).text());
        }
        boolean plural = t.get(place.end() - 1).lower().endsWith("s") && !Places.possessive(t.get(place.end() - 1));
        k = place.end();
        if (plural && !place.capital() && (k >= t.size() || !isNoun(t.get(k)))) {
          return done(t, k, words, true, false, side, possessive, more);
        }
        continue;
      }
      if (Lexicon.TROOP_NOUNS.contains(tok.lower())) {
        words.add(tok.text());
        return done(t, k + 1, words, true, true, side, possessive, more);
      }
      if (tok.is(MORE)) {
        more = true;
        k++;
        continue;
      }
      if (Lexicon.PERSON_NOUNS.contains(tok.lower()) || OnePerson.NOUNS.contains(tok.lower())) {
        words.add(tok.text());
        return done(t, k + 1, words, true, false, side, possessive, more);
      }
      if (STOP.contains(tok.lower()) || !Character.isLetter(tok.text().charAt(0))) {
        break;
      }
      words.add(tok.text());
      k++;
    }
    if (!words.isEmpty()) {
      return rejected(k);
    }
    return done(t, k, words, false, false, side, possessive, more);
  }

  /** The index after an age at {@code k} ("16-year-old", "16 - year-old"), else {@code k}. */
  private static int ageEnd(List<Token> t, int k) {
    Token tok = t.get(k);
    if (GLUED_AGE.matcher(tok.lower()).matches()) {
      return k + 1;
    }
    if (!tok.isDigits() || k + 1 >= t.size()) {
      return k;
    }
    int a = t.get(k + 1).is("-") ? k + 2 : k + 1;
    return a < t.size() && OnePerson.isAge(t.get(a)) ? a + 1 : k;
  }

  static boolean isStop(String lower) {
    return STOP.contains(lower);
  }

  private static boolean isNoun(Token t) {
    return Lexicon.PERSON_NOUNS.contains(t.lower()) || Lexicon.TROOP_NOUNS.contains(t.lower());
  }

  private static NounPhrase done(List<Token> t, int k, List<String> words, boolean person, boolean troops,
      String side, boolean possessive, boolean more) {
    if (k + 1 < t.size() && t.get(k).is(FROM)) {
      Places.Mention from = Places.at(t, k + 1);
      if (from != null) {
        if (from.end() < t.size() && t.get(from.end()).is(AND)) {
          return rejected(k);
        }
        side = side == null ? from.side() : side;
      }
    }
    return new NounPhrase(k, String.join(" ", words), person, troops, side, possessive, more, false);
  }

  private static NounPhrase rejected(int k) {
    return new NounPhrase(k, "", false, false, null, false, false, true);
  }
}
