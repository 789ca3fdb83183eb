package io.wirewatch.figures;

import io.wirewatch.model.Figure.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Victims described one clause at a time are summed: "a woman was shot in the neck, a man was shot in the
 * leg and another man was hit in the foot" is 3 injured; "two victims were taken to hospital and two other
 * victims drove themselves" is 4. Within one sentence a later injured count adds to the first when it says
 * it is a further group ("others", "another", "a second") or when the first is a count of one (a later
 * count cannot be a subset of one victim). A restatement ("all four", "both") is not added.
 */
final class VictimTally {
  private static final Set<String> AGE_ENDINGS = LegacyWords.set("age-ending");
  private static final String[] CARE_CUES = LegacyWords.array("care-cue");
  private static final String[] FURTHER = LegacyWords.array("further");
  private static final String[] RESTATED = LegacyWords.array("restated");
  private static final int NOUN_REACH = 4;
  /** The metrics summed clause by clause; a later killed count must say it is a further group. */
  private static final java.util.Set<Metric> TALLIED = java.util.EnumSet.of(Metric.INJURED, Metric.KILLED);
  private static final java.util.Set<String> QUALIFYING = LegacyWords.set("tally-qualifying");

  private VictimTally() {}

  /** The sentence's figures with its injured clause counts summed into the first. */
  static List<SentenceReader.Found> sum(String sentence, List<SentenceReader.Found> found) {
    List<Token> t = Tokens.of(sentence);
    List<SentenceReader.Found> out = new ArrayList<>();
    java.util.Map<Metric, Integer> firsts = new java.util.EnumMap<>(Metric.class);
    java.util.Map<Metric, List<SentenceReader.Found>> partsBy = new java.util.EnumMap<>(Metric.class);
    for (SentenceReader.Found f : found) {
      if (!TALLIED.contains(f.metric()) || f.previous()) {
        out.add(f);
        continue;
      }
      Integer first = firsts.get(f.metric());
      if (first == null) {
        firsts.put(f.metric(), out.size());
        long gapped = Gapping.after(t, index(t, f.charStart()));
        SentenceReader.Found g = gapped == 0 ? f : new SentenceReader.Found(f.metric(), f.value() + gapped,
            f.qualifier(), f.subject(), f.subjectKey(), f.previous(), f.revised(), f.charStart(), false, f.shot(),
            f.victims());
        out.add(g);
        partsBy.computeIfAbsent(f.metric(), m -> new ArrayList<>()).add(g);
        continue;
      }
      List<SentenceReader.Found> parts = partsBy.get(f.metric());
      SentenceReader.Found acc = out.get(first);
      int at = index(t, f.charStart());
      boolean further = further(t, at) || otherSex(parts, f);
      if (at < 0 || !acc.subjectKey().equals(f.subjectKey()) || restated(t, at) || object(t, at)
          || !cueBetween(t, index(t, acc.charStart()), at, further) || parts.stream().anyMatch(p -> samePerson(t, p, f))
          || !further && (f.metric() == Metric.KILLED || parts.get(0).value() != 1)) {
        out.add(f);
      } else {
        parts.add(f);
        boolean single = parts.stream().allMatch(SentenceReader.Found::single);
        out.set(first, new SentenceReader.Found(acc.metric(), acc.value() + f.value(), acc.qualifier(),
            acc.subject(), acc.subjectKey(), false, acc.revised(), acc.charStart(), single,
            acc.shot() || f.shot(), acc.victims() && f.victims()));
      }
    }
    return out;
  }

  private static final java.util.Set<String> MALE = LegacyWords.set("male");
  private static final java.util.Set<String> FEMALE = LegacyWords.set("female");

  /**
   * "Three boys were wounded and a girl was critically hurt": a later singular of the other sex than every
   * earlier part, each a stated number, cannot be one of them; it is a further victim. (Two singulars of
   * different sex are often two incidents: "a man shot Tuesday is related to a girl killed last year".)
   */
  private static boolean otherSex(List<SentenceReader.Found> parts, SentenceReader.Found f) {
    if (!f.single()) {
      return false;
    }
    String h = head(f);
    java.util.Set<String> own = MALE.contains(h) ? MALE : FEMALE.contains(h) ? FEMALE : null;
    java.util.Set<String> other = own == MALE ? FEMALE : MALE;
    return own != null && parts.stream().allMatch(p -> !p.single() && other.contains(head(p)));
  }

  /**
   * Two indefinite singulars with the same head noun and no differing age ("Man shot ... a 34-year-old man
   * was shot") are one person described twice, unless the later says "another" or "a second".
   */
  private static boolean samePerson(List<Token> t, SentenceReader.Found a, SentenceReader.Found b) {
    if (!a.single() || !b.single() || !head(a).equals(head(b))) {
      return false;
    }
    int j = index(t, b.charStart());
    if (further(t, j)) {
      return false;
    }
    String ageA = age(t, index(t, a.charStart()));
    String ageB = age(t, j);
    return ageA == null || ageB == null || ageA.equals(ageB);
  }

  private static String head(SentenceReader.Found f) {
    String[] words = f.subject().toLowerCase(java.util.Locale.ROOT).split(" ");
    return words[words.length - 1];
  }

  private static String age(List<Token> t, int k) {
    for (int j = Math.max(0, k); j >= 0 && j < Math.min(t.size(), k + NOUN_REACH); j++) {
      if (LegacyWords.endsWithAny(t.get(j).lower(), AGE_ENDINGS)) {
        int n = j > 0 && t.get(j - 1).is("-") ? j - 2 : j - 1;
        return (n >= 0 ? t.get(n).lower() : "") + t.get(j).lower();
      }
    }
    return null;
  }

  private static int index(List<Token> t, int charStart) {
    for (int k = 0; k < t.size(); k++) {
      if (t.get(k).start() == charStart) {
        return k;
      }
    }
    return -1;
  }

  /** "and injured two others": the count is an active verb's object, the same victims seen from the shooter. */
  private static boolean object(List<Token> t, int k) {
    for (int q = k - 1; q >= 0 && q >= k - 3; q--) {
      if (Lexicon.ACTIVE_CUES.containsKey(t.get(q).lower())) {
        return true;
      }
      if (!QUALIFYING.contains(t.get(q).lower())) {
        return false;
      }
    }
    return false;
  }

  /**
   * The earlier count has its own cue before the later one starts: two clauses, not one coordinated phrase.
   * Without "others", the cue must name the harm ("shot", "wounded"), not only a hospital, which other people
   * (officers, relatives) also reach.
   */
  private static boolean cueBetween(List<Token> t, int from, int to, boolean further) {
    for (int j = Math.max(0, from); j < to; j++) {
      if (ShotCues.at(t, j) != null && (further || !t.get(j).is(CARE_CUES))) {
        return true;
      }
    }
    return false;
  }

  /** "all four were taken to hospital", "both were hurt", "the two": the same victims again. */
  private static boolean restated(List<Token> t, int k) {
    return k > 0 && t.get(k - 1).is(RESTATED);
  }

  /** "two others", "two other victims", "another man", "a second man": a further group of victims. */
  private static boolean further(List<Token> t, int k) {
    for (int j = Math.max(0, k); j >= 0 && j < Math.min(t.size(), k + NOUN_REACH); j++) {
      if (t.get(j).is(FURTHER)) {
        return true;
      }
    }
    return false;
  }
}
