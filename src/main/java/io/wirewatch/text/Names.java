package io.wirewatch.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds proper names in running text: runs of capitalised words ("Nikol Pashinyan", "Verin Shorzha",
 * "Cerise Avenue"). A single capitalised word that only starts a sentence is not taken when it is a common
 * function word. Months, weekdays and agency names are left out: they say when and who sent, not what.
 */
public final class Names {
  private static final Set<String> SKIP = Set.of(
      "a", "an", "the", "in", "on", "at", "of", "for", "to", "and", "but", "or", "as", "by", "with", "from",
      "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "this", "that", "these",
      "those", "there", "here", "after", "before", "when", "while", "if", "about", "some", "many", "more",
      "most", "no", "not", "one", "two", "three", "all", "both", "several", "other", "another", "what", "who",
      "why", "how", "where", "according", "also", "earlier", "later", "meanwhile", "however", "since", "until",
      "during", "mr", "mrs", "ms", "dr", "eds", "update", "updates", "corrected", "refile", "rpt", "kill",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "reuters", "ap",
      "afp", "dpa", "associated", "press", "agence", "france", "presse", "gmt", "utc", "am", "pm");

  /** Closing quotes and brackets that may follow a sentence's last mark. */
  private static final String CLOSERS = "\"'\u201d\u2019)]";

  private Names() {}

  /** Names in {@code text}, lower-cased, each as written in full (multi-word names as one string). */
  public static List<String> in(String text) {
    List<String> names = new ArrayList<>();
    if (text == null) {
      return names;
    }
    List<String> run = new ArrayList<>();
    boolean sentenceStart = true;
    for (String raw : text.split("\\s+")) {
      String token = strip(raw);
      boolean capital = !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && token.length() > 1;
      String lower = token.toLowerCase(Locale.ROOT);
      if (capital && !SKIP.contains(lower)) {
        run.add(lower);
      } else if (!capital || SKIP.contains(lower)) {
        flush(run, names, sentenceStart);
        sentenceStart = false;
      }
      if (endsSentence(raw)) {
        flush(run, names, sentenceStart);
        sentenceStart = true;
      } else if (!capital) {
        sentenceStart = false;
      }
    }
    flush(run, names, sentenceStart);
    return names;
  }

  private static void flush(List<String> run, List<String> out, boolean sentenceStart) {
    if (!run.isEmpty()) {
      out.add(String.join(" ", run));
      run.clear();
    }
  }

  private static boolean endsSentence(String raw) {
    int end = raw.length();
    while (end > 0 && CLOSERS.indexOf(raw.charAt(end - 1)) >= 0) {
      end--;
    }
    String t = raw.substring(0, end);
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith(":") || t.endsWith(";")
        || raw.endsWith(",") || raw.endsWith("\u2014") || raw.equals("-") || raw.equals("--");
  }

  private static String strip(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && !letterOrNumber(raw.codePointAt(start))) {
      start += Character.charCount(raw.codePointAt(start));
    }
    while (end > start && !letterOrNumber(raw.codePointBefore(end))) {
      end -= Character.charCount(raw.codePointBefore(end));
    }
    String t = raw.substring(start, end);
    if (t.endsWith("'s") || t.endsWith("\u2019s")) {
      t = t.substring(0, t.length() - 2);
    }
    return t;
  }

  /** What {@code \p{L}} or {@code \p{N}} matches. */
  private static boolean letterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
