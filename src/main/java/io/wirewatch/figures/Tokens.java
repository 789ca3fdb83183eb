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

  static List<Token> of(String sentence) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return Ages.joined(out);
  }
}
