package io.wirewatch.text;

import io.wirewatch.text.Tokenizer.IntPairs;

/**
 * Sentence ends over a text's token spans, linear in the number of tokens. A sentence ends after a run of
 * '.', '!', '?' or '…' (and any closing quotes or brackets) when the next token does not start in lower
 * case, unless the period closes an abbreviation of the language ({@code abbreviations.txt}), an initial
 * ("John F. Kennedy") or, where the language writes them so, an ordinal ("am 3. Mai"). A line break ends a
 * sentence when the next line does not start in lower case. No sentence is longer than
 * {@link TextLayer#MAX_SENTENCE} characters: a longer run is cut at a token boundary, so hostile copy
 * without sentence ends costs time linear in its size.
 */
final class SentenceSplitter {
  private SentenceSplitter() {}

  /** Indexes (exclusive) of the last token of each sentence, appended to {@code ends}. */
  static void split(String text, IntPairs spans, LanguageData lang, int maxChars, IntList ends) {
    int n = spans.size();
    int sentenceStart = 0;
    for (int k = 0; k < n; k++) {
      if (k > sentenceStart && spans.end(k) - spans.start(sentenceStart) > maxChars) {
        ends.add(k);
        sentenceStart = k;
      }
      if (k + 1 < n && lineBreakBetween(text, spans.end(k), spans.start(k + 1))
          && !Character.isLowerCase(text.codePointAt(spans.start(k + 1)))) {
        ends.add(k + 1);
        sentenceStart = k + 1;
        continue;
      }
      if (!Tokenizer.isFinal(text.charAt(spans.start(k)))) {
        continue;
      }
      int last = k;
      while (last + 1 < n && spans.end(last + 1) - spans.start(last + 1) == 1
          && isCloser(text.charAt(spans.start(last + 1)))
          && (spans.start(last + 1) == spans.end(last) || text.charAt(spans.start(last + 1)) == '\u00BB')) {
        last++;
      }
      if (last + 1 >= n) {
        continue;
      }
      if (endsHere(text, spans, k, last, lang)) {
        ends.add(last + 1);
        sentenceStart = last + 1;
        k = last;
      }
    }
    if (ends.size() == 0 || ends.get(ends.size() - 1) != n) {
      if (n > 0) {
        ends.add(n);
      }
    }
  }

  private static boolean endsHere(String text, IntPairs spans, int k, int last, LanguageData lang) {
    int next = text.codePointAt(spans.start(last + 1));
    if (Character.isLowerCase(next)) {
      return false;
    }
    boolean singlePeriod = spans.end(k) - spans.start(k) == 1 && text.charAt(spans.start(k)) == '.';
    if (!singlePeriod || k == 0 || spans.end(k - 1) != spans.start(k)) {
      return true;
    }
    String before = text.substring(spans.start(k - 1), spans.end(k - 1));
    String lower = before.toLowerCase(java.util.Locale.ROOT);
    if (lang.abbreviations.contains(lower)) {
      return false;
    }
    if (before.length() == 1 && Character.isUpperCase(before.charAt(0))) {
      return false; // an initial
    }
    if (lang.ordinalPeriod && before.length() <= 2 && NumberReader.isDigitToken(before)) {
      String after = text.substring(spans.start(last + 1), spans.end(last + 1)).toLowerCase(java.util.Locale.ROOT);
      return !lang.months.contains(after);
    }
    return true;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == '\u00BB' || c == ')' || c == ']';
  }

  private static boolean lineBreakBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** A growable int list without boxing. */
  static final class IntList {
    private int[] a = new int[16];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int get(int i) {
      return a[i];
    }

    int size() {
      return n;
    }
  }
}
