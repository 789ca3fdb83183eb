package io.wirewatch.alerts.escalation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A sentence as lower-case word tokens without accents, each with its character span, the quotation it sits
 * in (0 when outside quotes) and the clause it belongs to (a comma, semicolon, colon, dash or bracket starts
 * a new clause), so that a negation does not reach across "no one was killed, but 14 were hurt".
 * Contractions come from the language's data ("won't" gives "wo", "not"); any other apostrophe splits its
 * word (elision: "l'armée" gives "l", "armee").
 */
final class CueText {
  /** One word of the sentence. */
  record Token(String text, int start, int end, int quote, int clause) {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final CueText EMPTY = new CueText("", List.of());

  private final String sentence;
  private final List<Token> tokens;

  private CueText(String sentence, List<Token> tokens) {
    this.sentence = sentence;
    this.tokens = List.copyOf(tokens);
  }

  /** Lower case without accents, typographic apostrophes made plain: the form cues and tokens meet in. */
  static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    boolean ascii = lower.chars().allMatch(c -> c < 128);
    return ascii ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  static CueText of(String sentence, Map<String, String> contractions) {
    if (sentence == null || sentence.isEmpty()) {
      return EMPTY;
    }
    List<Token> out = new ArrayList<>();
    int quote = 0;
    int quotes = 0;
    int clause = 0;
    int i = 0;
    int n = sentence.length();
    while (i < n) {
      char c = sentence.charAt(i);
      if (isQuote(c)) {
        boolean opening = c == '\u201E' || c == '\u00AB' || (c != '\u00BB' && c != '\u201D' && quote == 0);
        quote = opening ? ++quotes : 0;
        i++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        if (isClauseBreak(c)) {
          clause++;
        }
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(sentence.charAt(i)) || isInnerJoin(sentence, i))) {
        i++;
      }
      addWord(out, fold(sentence.substring(start, i)), start, i, quote, clause, contractions);
    }
    return new CueText(sentence, out);
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
  }

  private static boolean isClauseBreak(char c) {
    return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\u2013' || c == '\u2014';
  }

  /** An apostrophe inside a word, or a digit group separator inside a number ("4,000", "10.000"). */
  private static boolean isInnerJoin(String s, int i) {
    char c = s.charAt(i);
    if (i == 0 || i + 1 >= s.length()) {
      return false;
    }
    char before = s.charAt(i - 1);
    char after = s.charAt(i + 1);
    if (c == ',' || c == '.') {
      return Character.isDigit(before) && Character.isDigit(after);
    }
    return (c == '\'' || c == '\u2019') && Character.isLetter(after) && Character.isLetterOrDigit(before);
  }

  private static void addWord(List<Token> out, String w, int start, int end, int quote, int clause,
      Map<String, String> contractions) {
    int apostrophe = w.indexOf('\'');
    if (apostrophe < 0) {
      out.add(new Token(w, start, end, quote, clause));
      return;
    }
    for (Map.Entry<String, String> c : contractions.entrySet()) {
      if (w.endsWith(c.getKey()) && w.length() > c.getKey().length()) {
        out.add(new Token(w.substring(0, w.length() - c.getKey().length()), start, end, quote, clause));
        if (!c.getValue().isEmpty()) {
          out.add(new Token(c.getValue(), start, end, quote, clause));
        }
        return;
      }
    }
    int from = 0;
    for (String part : w.split("'")) {
      if (!part.isEmpty()) {
        out.add(new Token(part, start + from, start + from + part.length(), quote, clause));
      }
      from += part.length() + 1;
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
