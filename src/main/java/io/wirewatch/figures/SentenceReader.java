package io.wirewatch.figures;

import io.wirewatch.model.Figure.Metric;
import io.wirewatch.model.Figure.Qualifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the figures of one sentence. For each number it finds the qualifier before it, the noun phrase after
 * it, the metric (an active verb before it, a toll phrase around it, or a passive cue after its noun) and
 * the side, and drops numbers that are not current counts (see {@link Rejections}).
 */
final class SentenceReader {
  private static final String[] ADDITIONAL = LegacyWords.array("additional-word");
  private static final String[] AND = LegacyWords.array("conjunction");
  private static final String[] THEN = LegacyWords.array("then-word");
  private static final String[] REFLEXIVE = LegacyWords.array("reflexive");
  private static final String[] HIS_HER = LegacyWords.array("his-her");
  private static final String[] LOST = LegacyWords.array("lost-word");
  private static final String[] BE = LegacyWords.array("be");
  /**
   * What the item context gives a sentence: its year and month, its home side, and whether the sentence is
   * the item's lead (the headline or the first body sentence), which states the item's own incident.
   */
  record Context(Integer year, Integer month, String homeSide, boolean lead) {
    Context(Integer year, Integer month, String homeSide) {
      this(year, month, homeSide, false);
    }

    Context asLead(boolean isLead) {
      return new Context(year, month, homeSide, isLead);
    }
  }

  /**
   * One figure read from the sentence; {@code previous} marks a value the text says is an earlier one,
   * {@code single} a count of one read from an indefinite singular ("a man was killed"), {@code shot} an
   * injured count read from a plain "were shot" (everyone hit, the dead included).
   */
  record Found(Metric metric, long value, Qualifier qualifier, String subject, String subjectKey,
      boolean previous, boolean revised, int charStart, boolean single, boolean shot, boolean victims) {}

  private final String sentence;
  private final List<Token> t;
  private final Context ctx;
  private final Markers markers;
  private final Sides sides;
  private final Rejections rejections;
  private final int elsewhere;

  SentenceReader(String sentence, Context ctx) {
    this.sentence = sentence;
    this.t = Tokens.of(sentence);
    this.ctx = ctx;
    this.markers = new Markers(t, ctx.year(), ctx.month(), ctx.lead());
    this.sides = new Sides(t);
    this.rejections = new Rejections(t);
    this.elsewhere = OtherIncidents.turn(t);
  }

  /**
   * Whether the whole sentence is no count of the item's incident: a roundup of several incidents ("in three
   * separate shootings"), a link to another incident, or a breakdown of a total. Nothing is read in it, by
   * this reader or any other.
   */
  boolean dropped() {
    return rejections.breakdownSentence() || ShotCues.roundup(t) || OtherIncidents.link(t);
  }

  List<Found> read() {
    List<Found> out = new ArrayList<>();
    if (dropped()) {
      return out;
    }
    for (int i = 0; i < t.size(); i++) {
      Numbers.Num num = Numbers.at(t, i);
      boolean singular = num == null || ageAfter(num.end());
      num = singular ? Singulars.at(t, i) : num;
      boolean named = num == null;
      num = num == null ? Names.list(t, i) : num;
      if (num == null) {
        continue;
      }
      Found f = figure(num, singular);
      f = named && f != null && f.metric() != Metric.KILLED ? null : f;
      if (f != null) {
        out.addAll(OneOf.died(t, num.start()) ? oneOfSplit(f) : List.of(f));
      }
      i = Math.max(i, num.end() - 1);
    }
    return out;
  }

  private Found figure(Numbers.Num num, boolean singular) {
    int i = num.start();
    if (Markers.isYear(t.get(i)) || rejections.notACount(num) || i > elsewhere) {
      return null;
    }
    int q = qualifierStart(i);
    Qualifier qualifier = qualifier(q, i);
    NounPhrase first = NounPhrase.read(t, num.end());
    if (first.reject()) {
      return null;
    }
    Conjuncts and = Conjuncts.after(t, first);
    NounPhrase np = and == null ? first : and.np();
    long value = num.value() + (and == null ? 0 : and.added());
    Toll toll = Toll.around(t, q, num.end());
    Metric metric = toll != null ? toll.metric() : activeCue(q, np);
    boolean active = metric != null && toll == null;
    NounPhrase subject = toll != null && !np.person() && toll.phrase() != null ? toll.phrase() : np;
    boolean shot = false;
    if (metric == null) {
      metric = rejections.passiveCue(np, num.value());
      shot = metric == Metric.INJURED && ShotCues.plainShotAfter(t, np.end()) && !others(i, first.end());
      if (singular && metric != null
          && (ShotCues.activeAfter(t, np.end()) || ShotCues.alsoBeforeCue(t, np.end()))) {
        return null;
      }
    }
    shot |= metric == Metric.INJURED && OneOf.group(t, i);
    if (metric == null || metric == Metric.TROOPS && !subject.troops()) {
      return null;
    }
    if (np.more() && !rejections.stillAfter(np.end()) || rejections.rejected(q, num, np)
        || markers.historical(q, num.end())) {
      return null;
    }
    String key = subjectKey(subject, q);
    if (key == null) {
      return null;
    }
    boolean previous = rejections.previous(q) || toll != null && toll.previous() || OtherIncidents.retracted(t);
    String text = subject.words().isEmpty() ? "people" : subject.words();
    boolean victims = metric == Metric.KILLED && ShooterDeath.victimsOnly(t, q, active, np);
    boolean victimCount = !singular || active || value > 1;
    if (metric == Metric.KILLED && (selfAfter(np.end()) || victimCount && ShotCues.shooterDiedAfter(t, np.end())
        || victimCount && ShooterDeath.diedAfter(sentence, t, np.end()))) {
      value++;
      victims = false;
    }
    return new Found(metric, value, qualifier, text, key, previous, markers.revision(), t.get(i).start(),
        singular && value == 1, shot, victims);
  }

  /** "12 year-old", "2-year-old": the number is an age; the phrase may still be a singular. */
  private boolean ageAfter(int k) {
    int a = k < t.size() && t.get(k).is("-") ? k + 1 : k;
    return a < t.size() && OnePerson.isAge(t.get(a));
  }

  /** "three others were shot", "two other people": the count already leaves out the dead named before. */
  private boolean others(int from, int to) {
    for (int k = from; k < to && k < t.size(); k++) {
      if (t.get(k).is(ADDITIONAL)) {
        return true;
      }
    }
    return false;
  }

  /** "killed three people and then himself": the killer is counted too. */
  private boolean selfAfter(int k) {
    int j = k < t.size() && t.get(k).is(AND) ? k + 1 : -1;
    if (j > 0 && j < t.size() && t.get(j).is(THEN)) {
      j++;
    }
    return j > 0 && j < t.size() && t.get(j).is(REFLEXIVE);
  }

  private String subjectKey(NounPhrase np, int at) {
    String side = np.side();
    if (side == null && np.possessive()) {
      side = sides.speaker(at);
      side = side == null ? ctx.homeSide() : side;
    }
    if (np.troops() && side == null) {
      if (sides.twoSidesTogether()) {
        return null;
      }
      side = sides.speaker(at);
      side = side == null ? ctx.homeSide() : side;
    }
    String cls = np.troops() ? "troops" : "people";
    return side == null ? cls : side + ":" + cls;
  }

  private Metric activeCue(int q, NounPhrase np) {
    if (q == 0) {
      return null;
    }
    if (q >= 2 && t.get(q - 1).is(HIS_HER)) {
      q--; // "killed his two sons": the victims are the verb's object all the same
    }
    Token before = t.get(q - 1);
    Metric m = Lexicon.ACTIVE_CUES.get(before.lower());
    if (m == null || q >= 2 && t.get(q - 2).is(BE)) {
      return null;
    }
    boolean bare = !np.person() && np.words().isEmpty();
    if (m == Metric.TROOPS || before.is(LOST)) {
      return np.troops() || before.is(LOST) && np.person() ? (before.is(LOST) ? Metric.KILLED : m) : null;
    }
    return np.person() || bare ? m : null;
  }

  private int qualifierStart(int i) {
    for (int len = 3; len >= 1; len--) {
      if (i - len < 0) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      for (int k = i - len; k < i; k++) {
        sb.append(k > i - len ? " " : "").append(t.get(k).lower());
      }
      if (Lexicon.QUALIFIERS.containsKey(sb.toString())) {
        return i - len;
      }
    }
    return i;
  }

  private Qualifier qualifier(int q, int i) {
    if (q == i) {
      return Qualifier.EXACT;
    }
    StringBuilder sb = new StringBuilder();
    for (int k = q; k < i; k++) {
      sb.append(k > q ? " " : "").append(t.get(k).lower());
    }
    return Lexicon.QUALIFIERS.get(sb.toString());
  }

  /** The figure read for the number, split into everyone hit (injured) and the one who died (killed). */
  private static List<Found> oneOfSplit(Found f) {
    Found hit = new Found(Metric.INJURED, f.value(), f.qualifier(), f.subject(),
        f.subjectKey(), f.previous(), f.revised(), f.charStart(), false, true, false);
    Found dead = new Found(Metric.KILLED, 1, f.qualifier(), f.subject(),
        f.subjectKey(), f.previous(), f.revised(), f.charStart(), false, false, false);
    return List.of(dead, hit);
  }
}
