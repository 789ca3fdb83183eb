package io.wirewatch.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Reads a number at a token: digits ("105", "41,000", "1.2 million") or words ("six", "twenty-one",
 * "a dozen", "two hundred"). Vague amounts ("hundreds", "dozens") have no value and are not numbers here.
 */
final class Numbers {
  private static final Set<String> DECADE_SUFFIXES = LegacyWords.set("decade-suffix");
  private static final String[] ONE_DOZEN = LegacyWords.array("dozen-counter");
  private static final String[] DOZEN = LegacyWords.array("dozen-word");
  private static final String[] DOZEN_OPENERS = LegacyWords.array("dozen-opener");
  private static final String[] HUNDRED = LegacyWords.array("hundred-word");
  private static final String[] AND = LegacyWords.array("conjunction");
  /** A number spanning tokens [start, end). */
  record Num(long value, int start, int end) {}

  private static final Map<String, Integer> UNITS = ints("number");
  private static final Map<String, Integer> TENS = ints("tens");
  private static final Map<String, Long> SCALES = longs("scale");

  private Numbers() {}

  private static Map<String, Integer> ints(String list) {
    Map<String, Integer> out = new HashMap<>();
    LegacyWords.values(list).forEach((w, v) -> out.put(w, Integer.valueOf(v)));
    return Map.copyOf(out);
  }

  private static Map<String, Long> longs(String list) {
    Map<String, Long> out = new HashMap<>();
    LegacyWords.values(list).forEach((w, v) -> out.put(w, Long.valueOf(v)));
    return Map.copyOf(out);
  }

  /** The number starting at token {@code i}, or null. */
  static Num at(List<Token> t, int i) {
    Token tok = t.get(i);
    if (tok.isDigits()) {
      return digits(t, i);
    }
    if (tok.is(ONE_DOZEN) && i + 1 < t.size() && t.get(i + 1).is(DOZEN)) {
      return new Num(12, i, i + 2);
    }
    if (tok.is(DOZEN) && (i == 0 || !t.get(i - 1).is(DOZEN_OPENERS))) {
      return new Num(12, i, i + 1);
    }
    Integer small = word(tok.lower());
    if (small == null) {
      return null;
    }
    return scaled(t, i, small, i + 1);
  }

  private static Num digits(List<Token> t, int i) {
    String s = t.get(i).text();
    if (LegacyWords.endsWithAny(s, DECADE_SUFFIXES) || s.contains(":") || glued(t, i)) {
      return null;
    }
    double v;
    try {
      v = Double.parseDouble(s.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
    int end = i + 1;
    if (end < t.size() && SCALES.containsKey(t.get(end).lower()) && !t.get(end).is(HUNDRED)) {
      v *= SCALES.get(t.get(end).lower());
      end++;
    }
    if (v != Math.rint(v)) {
      return null;
    }
    return new Num((long) v, i, end);
  }

  /**
   * "8th", "3rd", "80yo", "9mm" (letters glued after the digits: an ordinal or a measure) and "K9", "AR15"
   * (letters glued before: a name) are not counts.
   */
  private static boolean glued(List<Token> t, int i) {
    Token d = t.get(i);
    boolean after = i + 1 < t.size() && t.get(i + 1).start() == d.end()
        && Character.isLetter(t.get(i + 1).text().charAt(0));
    boolean before = i > 0 && t.get(i - 1).end() == d.start() && Character.isLetter(t.get(i - 1).text().charAt(0));
    return after || before;
  }

  private static Num scaled(List<Token> t, int i, long value, int end) {
    if (end < t.size() && t.get(end).is(HUNDRED)) {
      value *= 100;
      end++;
      if (end + 1 < t.size() && t.get(end).is(AND) && word(t.get(end + 1).lower()) != null) {
        value += word(t.get(end + 1).lower());
        end += 2;
      }
    }
    if (end < t.size() && SCALES.containsKey(t.get(end).lower()) && !t.get(end).is(HUNDRED)) {
      value *= SCALES.get(t.get(end).lower());
      end++;
    }
    return new Num(value, i, end);
  }

  /** "six" -> 6, "twenty-one" -> 21, "forty" -> 40; null for anything else. */
  static Integer word(String lower) {
    Integer u = UNITS.get(lower);
    if (u != null) {
      return u;
    }
    Integer tens = TENS.get(lower);
    if (tens != null) {
      return tens;
    }
    int dash = lower.indexOf('-');
    if (dash > 0 && TENS.containsKey(lower.substring(0, dash))) {
      Integer unit = UNITS.get(lower.substring(dash + 1));
      if (unit != null && unit > 0 && unit < 10) {
        return TENS.get(lower.substring(0, dash)) + unit;
      }
    }
    return null;
  }
}
