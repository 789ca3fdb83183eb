package io.wirewatch.alerts;

import io.wirewatch.text.Sentence;
import io.wirewatch.text.TextLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of wire copy for the alert rules, as the language layer segments them in the item's
 * language (its abbreviations, its quotes), and the agency dateline that opens a body ("YEREVAN, Sept 13
 * (Reuters) - ").
 */
public final class Sentences {
  private static final String DEFAULT_LANGUAGE = "en";
  private static final Pattern DATELINE = Pattern.compile(
      "^\\p{Lu}[^()\\n]{0,80}\\((?:[\\p{L}/&.\\- ]{1,25})\\)\\s*[-\u2013\u2014]+\\s*");

  private Sentences() {}

  /** The sentence without a leading agency dateline ("YEREVAN, Sept 13 (Reuters) - "). */
  public static String withoutDateline(String sentence) {
    return DATELINE.matcher(sentence).replaceFirst("");
  }

  /** The sentences of one paragraph of English copy, trimmed, never blank. */
  public static List<String> split(String paragraph) {
    return split(paragraph, DEFAULT_LANGUAGE);
  }

  /** The sentences of one paragraph read in {@code lang} (ISO 639-1, or "und"), trimmed, never blank. */
  public static List<String> split(String paragraph, String lang) {
    List<String> out = new ArrayList<>();
    if (paragraph == null || paragraph.isBlank()) {
      return out;
    }
    for (Sentence s : TextLayer.get().sentences(paragraph, lang)) {
      String t = s.text().strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The sentences of every paragraph of English copy, in order. */
  public static List<String> of(List<String> paragraphs) {
    return of(paragraphs, DEFAULT_LANGUAGE);
  }

  /** The sentences of every paragraph read in {@code lang}, in order. */
  public static List<String> of(List<String> paragraphs, String lang) {
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      out.addAll(split(p, lang));
    }
    return out;
  }
}
