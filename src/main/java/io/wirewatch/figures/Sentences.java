package io.wirewatch.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits paragraphs into sentences of at most {@link #MAX_CHARS}, keeping each sentence's character offset in
 * the joined body text.
 */
final class Sentences {
  /** A sentence and where it starts in the text it came from. */
  record Sentence(String text, int offset) {}

  private static final Set<String> ABBREVIATIONS = LegacyWords.set("abbreviation");

  /**
   * Longest stretch read as one sentence. Real sentences are far shorter; a body without sentence ends
   * (scraped pages, hostile copy) is read in pieces of this size, so reading stays linear in its length.
   */
  static final int MAX_CHARS = 1_000;

  private Sentences() {}

  /** Splits paragraphs joined by blank lines (as {@code WireItem.bodyText()} joins them). */
  static List<Sentence> ofParagraphs(List<String> paragraphs) {
    List<Sentence> out = new ArrayList<>();
    int base = 0;
    for (String p : paragraphs) {
      split(p, base, out);
      base += p.length() + 2;
    }
    return out;
  }

  static List<Sentence> of(String text) {
    List<Sentence> out = new ArrayList<>();
    split(text, 0, out);
    return out;
  }

  private static void split(String text, int base, List<Sentence> out) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        int end = i + 1;
        while (end < text.length() && isCloser(text.charAt(end))) {
          end++;
        }
        add(text, start, end, base, out);
        start = end;
        i = end - 1;
      }
    }
    add(text, start, text.length(), base, out);
  }

  private static boolean endsSentence(String text, int i) {
    int next = i + 1;
    while (next < text.length() && isCloser(text.charAt(next))) {
      next++;
    }
    if (next >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next >= text.length()) {
      return true;
    }
    char following = text.charAt(next);
    if (!(Character.isUpperCase(following) || Character.isDigit(following) || isOpener(following))) {
      return false;
    }
    return text.charAt(i) != '.' || !ABBREVIATIONS.contains(wordBefore(text, i));
  }

  private static String wordBefore(String text, int dot) {
    int s = dot;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    return text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '“' || c == '\'' || c == '‘' || c == '(';
  }

  private static void add(String text, int s, int e, int base, List<Sentence> out) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    while (e - s > MAX_CHARS) {
      int cut = s + MAX_CHARS;
      while (cut > s + MAX_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
        cut--;
      }
      out.add(new Sentence(text.substring(s, cut), base + s));
      s = cut;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
    }
    if (e > s) {
      out.add(new Sentence(text.substring(s, e), base + s));
    }
  }
}
