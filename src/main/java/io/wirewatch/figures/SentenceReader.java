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
  /** What the item context gives a sentence: its year and month, and its home side. */
  record Context(Integer year, Integer month, String homeSide) {}

  /** One figure read from the sentence; {@code previous} marks a value the text says is an earlier one. */
  record Found(Metric metric, long value, Qualifier qualifier, String subject, String subjectKey,
      boolean previous, boolean revised, int charStart) {}

  private final List<Token> t;
  private final Context ctx;
  private final Markers markers;
  private final Sides sides;
  private final Rejections rejections;

  SentenceReader(String sentence, Context ctx) {
    this.t = Tokens.of(sentence);
    this.ctx = ctx;
    this.markers = new Markers(t, ctx.year(), ctx.month());
    this.sides = new Sides(t);
    this.rejections = new Rejections(t);
  }

  List<Found> read() {
    List<Found> out = new ArrayList<>();
    if (rejections.breakdownSentence()) {
      return out;
    }
    for (int i = 0; i < t.size(); i++) {
      Numbers.Num num = Numbers.at(t, i);
      if (num == null) {
        continue;
      }
      Found f = figure(num);
      if (f != null) {
        out.add(f);
      }
      i = num.end() - 1;
    }
    return out;
  }

  private Found figure(Numbers.Num num) {
    int i = num.start();
    if (Markers.isYear(t.get(i)) || rejections.notACount(num)) {
      return null;
    }
    int q = qualifierStart(i);
    Qualifier qualifier = qualifier(q, i);
    NounPhrase first = NounPhrase.read(t, num.end());
    if (first.reject()) {
      return null;
    }
    NounPhrase second = coordinated(first);
    NounPhrase np = second == null ? first : second;
    long value = num.value() + (second == null ? 0 : coordinatedValue(first.end()));
    Toll toll = Toll.around(t, q, num.end());
    Metric metric = toll != null ? toll.metric() : activeCue(q, np);
    NounPhrase subject = toll != null && !np.person() && toll.phrase() != null ? toll.phrase() : np;
    if (metric == null) {
      metric = rejections.passiveCue(np, num.value());
    }
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
    boolean previous = rejections.previous(q) || toll != null && toll.previous();
    String text = subject.words().isEmpty() ? "people" : subject.words();
    if (metric == Metric.KILLED && selfAfter(np.end())) {
      value++;
    }
    return new Found(metric, value, qualifier, text, key, previous, markers.revision(), t.get(i).start());
  }

  /** "three men and a woman were wounded": the second conjunct of a coordinated count, or null. */
  private NounPhrase coordinated(NounPhrase np) {
    int k = np.end();
    if (!np.person() || k + 2 >= t.size() || !t.get(k).is("and")) {
      return null;
    }
    Numbers.Num n = t.get(k + 1).is("a", "an") ? new Numbers.Num(1, k + 1, k + 2) : Numbers.at(t, k + 1);
    if (n == null) {
      return null;
    }
    NounPhrase second = NounPhrase.read(t, n.end());
    if (second.reject() || !second.person() || second.more()) {
      return null;
    }
    return new NounPhrase(second.end(), np.words() + " and " + second.words(), true,
        np.troops() && second.troops(), np.side(), np.possessive(), false, false);
  }

  private long coordinatedValue(int and) {
    return t.get(and + 1).is("a", "an") ? 1 : Numbers.at(t, and + 1).value();
  }

  /** "killed three people and then himself": the killer is counted too. */
  private boolean selfAfter(int k) {
    int j = k < t.size() && t.get(k).is("and") ? k + 1 : -1;
    if (j > 0 && j < t.size() && t.get(j).is("then")) {
      j++;
    }
    return j > 0 && j < t.size() && t.get(j).is("himself", "herself");
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
    Token before = t.get(q - 1);
    Metric m = Lexicon.ACTIVE_CUES.get(before.lower());
    if (m == null || q >= 2 && t.get(q - 2).is("were", "was", "been", "be", "being")) {
      return null;
    }
    boolean bare = !np.person() && np.words().isEmpty();
    if (m == Metric.TROOPS || before.is("lost")) {
      return np.troops() || before.is("lost") && np.person() ? (before.is("lost") ? Metric.KILLED : m) : null;
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
}
