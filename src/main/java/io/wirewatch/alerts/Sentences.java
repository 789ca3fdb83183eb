package io.wirewatch.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits wire copy into sentences: a sentence ends at {@code . ! ?} (with any closing quote or bracket)
 * followed by white space and a capital, a digit or an opening quote, unless the word before the stop is
 * a known abbreviation ("U.S.", "Sept.", "Mr.") or a single initial.
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt",
      "sgt", "capt", "maj", "sen", "rep", "gov", "pres", "prof", "jr", "sr", "no", "vs", "etc", "inc", "corp",
      "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
      "u.n", "u.k", "e.u", "a.m", "p.m", "mt", "ft", "approx", "est");

  private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
      "^\\p{Lu}[^()\\n]{0,80}\\((?:[\\p{L}/&.\\- ]{1,25})\\)\\s*[-\u2013\u2014]+\\s*");

  private Sentences() {}

  /** The sentence without a leading agency dateline ("YEREVAN, Sept 13 (Reuters) - "). */
  public static String withoutDateline(String sentence) {
    return DATELINE.matcher(sentence).replaceFirst("");
  }

  /** The sentences of one paragraph, trimmed, never blank. */
  public static List<String> split(String paragraph) {
    List<String> out = new ArrayList<>();
    if (paragraph == null || paragraph.isBlank()) {
      return out;
    }
    String p = paragraph.strip();
    int start = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < p.length() && isCloser(p.charAt(end))) {
        end++;
      }
      if (end >= p.length() || !Character.isWhitespace(p.charAt(end))) {
        continue;
      }
      int next = end;
      while (next < p.length() && Character.isWhitespace(p.charAt(next))) {
        next++;
      }
      if (next < p.length() && startsSentence(p.charAt(next)) && !(c == '.' && abbreviationBefore(p, i))) {
        add(out, p.substring(start, end));
        start = next;
        i = next - 1;
      }
    }
    add(out, p.substring(start));
    return out;
  }

  /** The sentences of every paragraph, in order. */
  public static List<String> of(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      out.addAll(split(p));
    }
    return out;
  }

  private static void add(List<String> out, String s) {
    String t = s.strip();
    if (!t.isEmpty()) {
      out.add(t);
    }
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\''
        || c == '\u2018' || c == '(';
  }

  private static boolean abbreviationBefore(String p, int dot) {
    int s = dot;
    while (s > 0 && !Character.isWhitespace(p.charAt(s - 1)) && p.charAt(s - 1) != '(') {
      s--;
    }
    String word = p.substring(s, dot).toLowerCase(Locale.ROOT);
    return (word.length() == 1 && Character.isLetter(word.charAt(0))) || ABBREVIATIONS.contains(word);
  }
}
