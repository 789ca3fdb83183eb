package io.wirewatch.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a sentence into tokens: numbers ("41,000", "1.2", "1990s"), words ("U.S.", "year-old"), punctuation. */
final class Tokens {
  private static final Pattern TOKEN = Pattern.compile(
      "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.:]\\d+)?s?"
          + "|(?:\\p{L}\\.){2,}"
          + "|\\p{L}[\\p{L}\\p{M}'’]*(?:-[\\p{L}\\d]+)*"
          + "|\\S");

  private Tokens() {}

  /** The tokens of an English sentence, loosely written ages joined ({@link Ages}). */
  static List<Token> of(String sentence) {
    return Ages.joined(plain(sentence));
  }

  /** The tokens of a text in any language, as written. */
  static List<Token> plain(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return out;
  }
}
