package io.wirewatch.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rule tokenizer, linear in the text: words (with inner hyphens and apostrophes: "twenty-three",
 * "aujourd'hui"), digit runs with inner separators ("20,000", "1,2", "21:00") and glued letters ("8th",
 * "1er"), initialisms ("U.S."), runs of sentence-final marks ("?!", "...") and single other characters.
 * Elisions ("l'", from {@code elisions.txt}) and clitics ("'s", "n't", from {@code clitics.txt}) are split off.
 */
final class Tokenizer {
  private Tokenizer() {}

  /** Token spans of {@code text[from, to)} as {start, end} pairs appended to {@code out}. */
  static void spans(String text, int from, int to, LanguageData lang, IntPairs out) {
    int i = from;
    while (i < to) {
      int c = text.codePointAt(i);
      if (isSpace(c)) {
        i += Character.charCount(c);
        continue;
      }
      int s = i;
      if (isDigit(c)) {
        i = digits(text, i, to);
      } else if (Character.isLetter(c)) {
        i = word(text, i, to, lang);
      } else if (isApostrophe(c) && clitic(text, i, to, lang) > i) {
        i = clitic(text, i, to, lang);
      } else if (isFinal(c)) {
        while (i < to && isFinal(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
      } else {
        i += Character.charCount(c);
      }
      out.add(s, i);
    }
  }

  private static int digits(String text, int i, int to) {
    while (i < to) {
      char ch = text.charAt(i);
      if (isDigit(ch)) {
        i++;
      } else if ((ch == '.' || ch == ',' || ch == ':' || ch == '\'' || ch == '\u2019') && i + 1 < to
          && isDigit(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    while (i < to && Character.isLetterOrDigit(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  private static int word(String text, int s, int to, LanguageData lang) {
    int initialism = initialism(text, s, to);
    if (initialism > s) {
      return initialism;
    }
    int clitic = clitic(text, s, to, lang);
    if (clitic > s) {
      return clitic;
    }
    int i = s;
    while (i < to) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        i += Character.charCount(c);
      } else if ((c == '-' || c == '\u2011') && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
        i++;
      } else if (isApostrophe(c) && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
        if (!lang.elisions.isEmpty()
            && lang.elisions.contains(text.substring(s, i).toLowerCase(Locale.ROOT) + "'")) {
          return i + 1;
        }
        if (clitic(text, i, to, lang) > i) {
          return i;
        }
        if (i - 1 > s && clitic(text, i - 1, to, lang) > i) {
          return i - 1;
        }
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** End of "U.S." or "a.m." starting at s (single letters each followed by a period), or s when none. */
  private static int initialism(String text, int s, int to) {
    int i = s;
    int pairs = 0;
    while (i + 1 < to && Character.isLetter(text.charAt(i)) && text.charAt(i + 1) == '.') {
      i += 2;
      pairs++;
    }
    return pairs >= 2 ? i : s;
  }

  /** End of a clitic ("'s", "n't") listed for the language starting at i, or i when none. */
  private static int clitic(String text, int i, int to, LanguageData lang) {
    if (lang.clitics.isEmpty()) {
      return i;
    }
    int j = i;
    if (j < to && !isApostrophe(text.charAt(j))) {
      j++; // the "n" of "n't"
    }
    if (j >= to || !isApostrophe(text.charAt(j))) {
      return i;
    }
    int e = j + 1;
    while (e < to && Character.isLetter(text.charAt(e))) {
      e++;
    }
    if (e == j + 1) {
      return i;
    }
    String form = (text.substring(i, j) + "'" + text.substring(j + 1, e)).toLowerCase(Locale.ROOT);
    return lang.clitics.contains(form) ? e : i;
  }

  static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  static boolean isFinal(int c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  /** A growable list of int pairs (token spans) without boxing. */
  static final class IntPairs {
    private int[] a = new int[64];
    private int n;

    void add(int start, int end) {
      if (n + 2 > a.length) {
        a = java.util.Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = start;
      a[n++] = end;
    }

    int size() {
      return n / 2;
    }

    int start(int k) {
      return a[2 * k];
    }

    int end(int k) {
      return a[2 * k + 1];
    }

    void clear() {
      n = 0;
    }
  }

  /** Spans as a list of {start, end} arrays (for tests). */
  static List<int[]> spans(String text, LanguageData lang) {
    IntPairs p = new IntPairs();
    spans(text, 0, text.length(), lang, p);
    List<int[]> out = new ArrayList<>(p.size());
    for (int k = 0; k < p.size(); k++) {
      out.add(new int[] {p.start(k), p.end(k)});
    }
    return out;
  }
}
