package io.wirewatch.text;

import io.wirewatch.text.LanguageData.Role;
import io.wirewatch.text.LanguageData.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the number phrases of a sentence from its tokens and the language's data ({@link LanguageData}):
 * digits with the language's separators, number words (also hyphenated and, where the language glues them,
 * compounded), a scale word after digits ("1,2 millions"), ranges, qualifiers before or after, and vague
 * magnitude words. Years (after a year cue or a month), clock times, and ordinals ("3." in German, "1.º")
 * are not read. Linear in the number of tokens.
 */
final class NumberReader {
  private static final int MAX_CACHED = 50_000;
  private static final Word NOT_A_NUMBER = new Word(-1, Role.VAGUE);

  private final LanguageData d;
  private final Map<String, Word> compounds = new ConcurrentHashMap<>();

  NumberReader(LanguageData d) {
    this.d = d;
  }

  /** A count read from tokens [first, last]; value includes the scale. */
  private record Count(double value, long scale, boolean vague, boolean approx, int first, int last) {}

  List<NumberPhrase> read(Sentence s) {
    List<Token> t = s.tokens();
    List<NumberPhrase> out = new ArrayList<>(2);
    int k = 0;
    while (k < t.size()) {
      NumberPhrase p = phrase(s, k);
      if (p == null) {
        k++;
      } else {
        out.add(p);
        k = p.lastToken() + 1;
      }
    }
    return List.copyOf(out);
  }

  private NumberPhrase phrase(Sentence s, int k) {
    List<Token> t = s.tokens();
    Count a = count(s, k);
    if (a == null) {
      return null;
    }
    int first = a.first();
    int last = a.last();
    Long upper = null;
    double low = a.value();
    String qualifier = a.approx() ? "about" : NumberPhrase.EXACT;
    if (!a.vague() && last + 2 < t.size()) {
      String conn = t.get(last + 1).lower();
      String prefix = first > 0 ? t.get(first - 1).lower() : null;
      boolean paired = prefix != null && conn.equals(d.rangePairs.get(prefix));
      boolean infix = d.rangeInfixes.contains(conn) && (prefix == null || !d.rangeBlockers.contains(prefix));
      if (paired || infix) {
        Count b = count(s, last + 2);
        if (b != null && !b.vague()) {
          double lowScaled = a.scale() == 1 && b.scale() > 1 && a.value() * b.scale() <= b.value()
              ? a.value() * b.scale() : a.value();
          if (b.value() > lowScaled) {
            low = lowScaled;
            upper = Math.round(b.value());
            last = b.last();
            first = paired ? first - 1 : first;
          }
        }
      }
    }
    for (int m = Math.min(d.longestQualifier, first); m >= 1; m--) {
      String q = d.qualifiersBefore.get(join(t, first - m, first - 1));
      if (q != null) {
        qualifier = q;
        first -= m;
        break;
      }
    }
    for (int m = Math.min(d.longestQualifier, t.size() - 1 - last); m >= 1; m--) {
      String q = d.qualifiersAfter.get(join(t, last + 1, last + m));
      if (q != null) {
        qualifier = q;
        last += m;
        break;
      }
    }
    return new NumberPhrase(a.vague() ? 0 : Math.round(low), upper, qualifier, a.vague(), first, last,
        t.get(first).start(), t.get(last).end());
  }

  private static String join(List<Token> t, int from, int to) {
    if (from == to) {
      return t.get(from).lower();
    }
    StringBuilder b = new StringBuilder();
    for (int i = from; i <= to; i++) {
      if (i > from) {
        b.append(' ');
      }
      b.append(t.get(i).lower());
    }
    return b.toString();
  }

  private Count count(Sentence s, int k) {
    String lower = s.tokens().get(k).lower();
    if (lower.isEmpty()) {
      return null;
    }
    char c = lower.charAt(0);
    if (c >= '0' && c <= '9') {
      return digits(s, k);
    }
    return Character.isLetter(c) ? words(s, k) : null;
  }

  // ---- digits

  private Count digits(Sentence s, int k) {
    List<Token> t = s.tokens();
    String lower = t.get(k).lower();
    if (!isDigitToken(lower) || notACount(t, k)) {
      return null;
    }
    Double v = parse(lower);
    if (v == null) {
      return null;
    }
    int last = k;
    if (d.groupBySpace && lower.length() <= 3 && isPlainDigits(lower)) {
      while (last + 1 < t.size() && t.get(last + 1).lower().length() == 3 && isPlainDigits(t.get(last + 1).lower())
          && singleSpace(s, last + 1)) {
        v = v * 1000 + Integer.parseInt(t.get(last + 1).lower());
        last++;
      }
    }
    long scale = 1;
    if (last + 1 < t.size()) {
      Word w = d.numbers.get(t.get(last + 1).lower());
      if (w != null && w.role() == Role.SCALE) {
        scale = w.value();
        v = v * scale;
        last++;
      }
    }
    if (v != Math.rint(v) || v > 1e15) {
      return null; // a decimal that is not a count, or noise
    }
    return new Count(v, scale, false, false, k, last);
  }

  private boolean notACount(List<Token> t, int k) {
    String lower = t.get(k).lower();
    String next = k + 1 < t.size() ? t.get(k + 1).lower() : null;
    String prev = k > 0 ? t.get(k - 1).lower() : null;
    if ((next != null && d.times.contains(next)) || (prev != null && d.times.contains(prev) && k > 1
        && isDigitToken(t.get(k - 2).lower()))) {
      return true;
    }
    if (".".equals(next) && t.get(k + 1).start() == t.get(k).end() && k + 2 < t.size()) {
      String after = t.get(k + 2).lower();
      char a0 = after.charAt(0);
      if (a0 == 'º' || a0 == 'ª' || a0 == '°') {
        return true;
      }
      if (d.ordinalPeriod && (month(t.get(k + 2)) || Character.isLowerCase(t.get(k + 2).text().charAt(0)))) {
        return true;
      }
    }
    if (lower.length() <= 2 && isPlainDigits(lower) && isDayOfMonth(t, k)) {
      return true;
    }
    return lower.length() == 4 && isPlainDigits(lower) && isYear(t, k);
  }

  /** A month name, capitalised where the language writes months so ("3 May" but not "3 may die"). */
  private boolean month(Token t) {
    return d.months.contains(t.lower()) && (!d.monthsCapitalised || Character.isUpperCase(t.text().charAt(0)));
  }

  /** "March 3", "3 mars", "3 de marzo", "3. Mai": a day of a month, not a count. */
  private boolean isDayOfMonth(List<Token> t, int k) {
    int v = Integer.parseInt(t.get(k).lower());
    if (v < 1 || v > 31 || d.months.isEmpty()) {
      return false;
    }
    if (k > 0 && month(t.get(k - 1))) {
      return true;
    }
    for (int j = k + 1; j < t.size() && j <= k + 2; j++) {
      String n = t.get(j).lower();
      if (month(t.get(j))) {
        return true;
      }
      if (!(n.equals(".") || n.length() <= 2 && Character.isLetter(n.charAt(0)))) {
        return false;
      }
    }
    return false;
  }

  private boolean isYear(List<Token> t, int k) {
    int v = Integer.parseInt(t.get(k).lower());
    if (v < 1900 || v > 2100) {
      return false;
    }
    for (int j = k - 1, steps = 0; j >= 0 && steps < 3; j--, steps++) {
      String p = t.get(j).lower();
      if (month(t.get(j)) || (j == k - 1 && d.yearCues.contains(p))) {
        return true;
      }
      if (!(p.equals(",") || p.equals(".") || (p.length() <= 2 && isPlainDigits(p)))) {
        return false;
      }
    }
    return false;
  }

  private static boolean singleSpace(Sentence s, int k) {
    int gapStart = s.tokens().get(k - 1).end() - s.start();
    int gapEnd = s.tokens().get(k).start() - s.start();
    if (gapEnd - gapStart != 1) {
      return false;
    }
    char c = s.text().charAt(gapStart);
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
  }

  static boolean isDigitToken(String s) {
    if (s.isEmpty() || !Tokenizer.isDigit(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Tokenizer.isDigit(c) && c != '.' && c != ',' && c != '\'' && c != '\u2019') {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlainDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Tokenizer.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /** The value of digits with separators as the language writes them, or null when malformed. */
  Double parse(String s) {
    int seps = 0;
    char firstSep = 0;
    char lastSep = 0;
    int lastPos = -1;
    boolean allSame = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Tokenizer.isDigit(c)) {
        if (seps == 0) {
          firstSep = c;
        } else if (c != firstSep) {
          allSame = false;
        }
        seps++;
        lastSep = c;
        lastPos = i;
      }
    }
    if (seps == 0) {
      return s.length() > 15 ? null : (double) Long.parseLong(s);
    }
    boolean decimalMark;
    if (!allSame) {
      decimalMark = true; // "1,234.5": the last mark is the decimal one
    } else if (d.groups.indexOf(lastSep) >= 0 && grouped(s)) {
      decimalMark = false; // "20,000" in English, "20.000" in German
    } else if (seps == 1) {
      decimalMark = true; // "1,2" in French, "1.2" in English, or a foreign decimal mark
    } else {
      return null;
    }
    String digits;
    if (decimalMark) {
      String intPart = s.substring(0, lastPos);
      if (!isPlainDigits(intPart) && !grouped(intPart)) {
        return null;
      }
      digits = strip(intPart) + "." + s.substring(lastPos + 1);
    } else {
      digits = strip(s);
    }
    return digits.length() > 18 ? null : Double.parseDouble(digits);
  }

  /** 1-3 digits, then groups of exactly three digits, each after one separator. */
  private static boolean grouped(String s) {
    int i = 0;
    while (i < s.length() && Tokenizer.isDigit(s.charAt(i))) {
      i++;
    }
    if (i < 1 || i > 3) {
      return false;
    }
    while (i < s.length()) {
      int run = 0;
      i++;
      while (i < s.length() && Tokenizer.isDigit(s.charAt(i))) {
        i++;
        run++;
      }
      if (run != 3) {
        return false;
      }
    }
    return true;
  }

  private static String strip(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (Tokenizer.isDigit(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  // ---- words

  private Count words(Sentence s, int k) {
    List<Token> t = s.tokens();
    Word w = word(t.get(k).lower());
    if (w == null) {
      return null;
    }
    if (w.role() == Role.VAGUE) {
      int last = k;
      if (k + 2 < t.size() && t.get(k + 1).lower().length() <= 3) {
        Word w2 = word(t.get(k + 2).lower());
        if (w2 != null && w2.role() == Role.VAGUE) {
          last = k + 2; // "hundreds of thousands", "des dizaines de milliers"
        }
      }
      return new Count(0, 1, true, false, k, last);
    }
    Combiner c = new Combiner();
    int j = k;
    int last = -1;
    long scale = 1;
    boolean approx = false;
    for (; j < t.size(); j++) {
      Word wj = word(t.get(j).lower());
      if (wj == null || wj.role() == Role.VAGUE) {
        break;
      }
      Word next = j + 1 < t.size() ? word(t.get(j + 1).lower()) : null;
      boolean numberNext = next != null && next.role() != Role.VAGUE && next.role() != Role.JOINER
          && next.role() != Role.ARTICLE;
      if (wj.role() == Role.ARTICLE) {
        if (!numberNext && !(c.afterJoiner() && c.value() >= 20 && c.value() % 10 == 0)) {
          break;
        }
        c.add(new Word(1, Role.NUMBER));
        if (numberNext) {
          continue;
        }
        last = j;
        continue;
      }
      if (wj.role() == Role.JOINER) {
        if (!c.started() || next == null || !(next.role() == Role.NUMBER || next.role() == Role.ARTICLE)
            || !c.joinable(next.role() == Role.ARTICLE ? 1 : next.value())) {
          break;
        }
        c.add(wj);
        continue;
      }
      if (wj.role() == Role.APPROX) {
        double base = c.started() ? c.value() : 1;
        c = new Combiner();
        c.add(new Word(Math.round(base) * wj.value(), Role.NUMBER));
        approx = true;
        last = j;
        j++;
        break;
      }
      c.add(wj);
      if (wj.role() == Role.SCALE) {
        scale = wj.value();
      }
      last = j;
    }
    if (last < 0 || !c.started()) {
      return null;
    }
    return new Count(c.value(), scale, false, approx, k, last);
  }

  /** The number word a lowercased token is, directly, by its hyphenated parts, or as a compound. */
  Word word(String lower) {
    Word w = d.numbers.get(lower);
    if (w != null || d.numbers.isEmpty()) {
      return w;
    }
    if (lower.indexOf('-') > 0) {
      Combiner c = new Combiner();
      for (String part : lower.split("-")) {
        Word p = d.parts.get(part);
        if (p == null) {
          return null;
        }
        c.add(p.role() == Role.ARTICLE ? new Word(1, Role.NUMBER) : p);
      }
      return c.ends() ? new Word(Math.round(c.value()), Role.NUMBER) : null;
    }
    if (!d.compounds || lower.length() > 40 || lower.length() < 4) {
      return null;
    }
    Word cached = compounds.get(lower);
    if (cached == null) {
      Combiner c = new Combiner();
      cached = decompose(lower, 0, c) && c.parts() > 1 && c.ends() ? new Word(Math.round(c.value()), Role.NUMBER)
          : NOT_A_NUMBER;
      if (compounds.size() > MAX_CACHED) {
        compounds.clear();
      }
      compounds.put(lower, cached);
    }
    return cached == NOT_A_NUMBER ? null : cached;
  }

  /** Splits lower[from..] into number parts, longest first with backtracking, feeding the combiner. */
  private boolean decompose(String lower, int from, Combiner c) {
    if (from == lower.length()) {
      return true;
    }
    for (int end = Math.min(lower.length(), from + d.longestPart); end > from; end--) {
      Word p = d.parts.get(lower.substring(from, end));
      if (p != null) {
        Combiner copy = c.copy();
        c.add(p.role() == Role.ARTICLE ? new Word(1, Role.NUMBER) : p);
        if (decompose(lower, end, c)) {
          return true;
        }
        c.restore(copy);
      }
    }
    return false;
  }

  /**
   * Adds up number words as they are written: a larger word after a smaller one multiplies it
   * ("two hundred", "quatre-vingt"), a smaller one adds ("twenty-three", "soixante-dix"), a word after a joiner
   * adds ("drei-und-zwanzig", "cent et un"), and a scale closes a group ("mil doscientos").
   */
  static final class Combiner {
    private double total;
    private double current;
    private double last;
    private boolean joined;
    private int parts;
    private boolean endsOnJoiner;

    void add(Word w) {
      parts++;
      endsOnJoiner = false;
      switch (w.role()) {
        case JOINER -> {
          joined = true;
          endsOnJoiner = true;
        }
        case SCALE -> {
          if (current == 0 && total > 0 && w.value() > total) {
            total *= w.value();
          } else {
            total += Math.max(current, 1) * w.value();
          }
          current = 0;
          last = 0;
          joined = false;
        }
        default -> {
          double v = w.value();
          if (joined || last == 0 || v <= last) {
            current += v;
            last = v;
          } else {
            current = current - last + last * v;
            last = last * v;
          }
          joined = false;
        }
      }
    }

    boolean started() {
      return parts > 0;
    }

    /** Whether a joiner and then {@code next} continue this number ("hundred and five", "vingt et un"). */
    boolean joinable(long next) {
      if (last == 0) {
        return total >= 1000 && next < 1000;
      }
      return last >= 20 && last % 10 == 0 && next < last;
    }

    boolean afterJoiner() {
      return joined;
    }

    boolean ends() {
      return parts > 0 && !endsOnJoiner;
    }

    int parts() {
      return parts;
    }

    double value() {
      return total + current;
    }

    Combiner copy() {
      Combiner c = new Combiner();
      c.restore(this);
      return c;
    }

    void restore(Combiner o) {
      total = o.total;
      current = o.current;
      last = o.last;
      joined = o.joined;
      parts = o.parts;
      endsOnJoiner = o.endsOnJoiner;
    }
  }
}
