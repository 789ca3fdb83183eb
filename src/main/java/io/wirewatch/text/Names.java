package io.wirewatch.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds proper names in running text: runs of capitalised words ("Nikol Pashinyan", "Verin Shorzha",
 * "Cerise Avenue"). The words that are never part of a name are the caller's, as they are its language's:
 * grammar words that open a sentence, courtesy titles, months, weekdays, agency names say how, when and who
 * sent, not who.
 */
public final class Names {
  /** Closing quotes and brackets that may follow a sentence's last mark. */
  private static final String CLOSERS = "\"'\u201d\u2019)]";

  private Names() {}

  /**
   * Names in {@code text}, lower-cased, each as written in full (multi-word names as one string); a word in
   * {@code breaks} (lower-cased) is never part of a name and ends the run it follows.
   */
  public static List<String> in(String text, Set<String> breaks) {
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
      boolean never = breaks.contains(lower);
      if (capital && !never) {
        run.add(lower);
      } else {
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
