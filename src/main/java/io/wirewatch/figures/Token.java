package io.wirewatch.figures;

import java.util.Locale;

/** One token of a sentence: its text, lower-cased text and character span in the sentence. */
record Token(String text, String lower, int start, int end) {

  Token(String text, int start, int end) {
    this(text, text.toLowerCase(Locale.ROOT).replace('’', '\''), start, end);
  }

  boolean isDigits() {
    return !text.isEmpty() && Character.isDigit(text.charAt(0));
  }

  boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  boolean is(String... words) {
    for (String w : words) {
      if (lower.equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** Clause punctuation: a comma, semicolon, colon or dash ends a clause for our purposes. */
  boolean isClauseBreak() {
    return is(",", ";", ":", "-", "–", "—", "(", ")");
  }
}
