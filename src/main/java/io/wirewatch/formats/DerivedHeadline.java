package io.wirewatch.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headline for an item the agency sent without one (press-release feeds do): the first sentence of
 * the body, cut at a word boundary when long. Items carrying it are marked with {@link #SIGNAL} so
 * nobody mistakes it for the agency's own headline.
 */
final class DerivedHeadline {
  /** The signal on an item whose headline was derived from its body. */
  static final String SIGNAL = "derived:headline";
  static final int MAX_CHARS = 150;
  /** A sentence end: . ! ? (or their full-width forms) before white space and a capital, or the end. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\\p{Lo}\"“«(]|\\s*$)|[。！？]");

  private DerivedHeadline() {}

  static String of(String firstParagraph) {
    String p = firstParagraph.strip();
    Matcher m = SENTENCE_END.matcher(p);
    String sentence = m.find() ? p.substring(0, m.end()) : p;
    if (sentence.length() <= MAX_CHARS) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', MAX_CHARS);
    return sentence.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS).strip() + "…";
  }
}
