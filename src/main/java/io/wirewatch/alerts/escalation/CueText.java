package io.wirewatch.alerts.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence as lower-case word tokens, each with its character span and the quotation it sits in (0 when
 * outside quotes). Contractions are spelled out ("won't" gives "wo", "not"; "he'll" gives "he", "will") and
 * possessive "'s" is dropped, so that cue lists stay short.
 */
final class CueText {
  /** One word of the sentence. */
  record Token(String text, int start, int end, int quote) {}

  private final String sentence;
  private final List<Token> tokens;

  private CueText(String sentence, List<Token> tokens) {
    this.sentence = sentence;
    this.tokens = List.copyOf(tokens);
  }

  static CueText of(String sentence) {
    List<Token> out = new ArrayList<>();
    int quote = 0;
    int quotes = 0;
    int i = 0;
    int n = sentence.length();
    while (i < n) {
      char c = sentence.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        boolean opening = c == '\u201C' || (c == '"' && quote == 0);
        quote = opening ? ++quotes : 0;
        i++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(sentence.charAt(i)) || isInnerApostrophe(sentence, i))) {
        i++;
      }
      addWord(out, sentence.substring(start, i).replace('\u2019', '\''), start, i, quote);
    }
    return new CueText(sentence, out);
  }

  private static boolean isInnerApostrophe(String s, int i) {
    char c = s.charAt(i);
    return (c == '\'' || c == '\u2019') && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))
        && i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
  }

  private static void addWord(List<Token> out, String raw, int start, int end, int quote) {
    String w = raw.toLowerCase(Locale.ROOT);
    if (w.endsWith("n't")) {
      out.add(new Token(w.substring(0, w.length() - 3), start, end, quote));
      out.add(new Token("not", start, end, quote));
    } else if (w.endsWith("'ll")) {
      out.add(new Token(w.substring(0, w.length() - 3), start, end, quote));
      out.add(new Token("will", start, end, quote));
    } else if (w.endsWith("'s")) {
      out.add(new Token(w.substring(0, w.length() - 2), start, end, quote));
    } else {
      out.add(new Token(w, start, end, quote));
    }
  }

  String sentence() {
    return sentence;
  }

  List<Token> tokens() {
    return tokens;
  }

  int size() {
    return tokens.size();
  }

  String word(int i) {
    return tokens.get(i).text();
  }

  /** The sentence's own text from token {@code from} to token {@code to} (inclusive). */
  String span(int from, int to) {
    return sentence.substring(tokens.get(from).start(), tokens.get(to).end());
  }
}
