package io.wirewatch.stories;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text as a language's word lists are matched against it: lower-cased by the language's own rules and, in a
 * script without capitals, with its letter forms written alike. Apart from {@link StoryVocabulary}, which reads
 * the lists, because the letter forms are themselves lines of a list ({@link CaselessNames}). Pure.
 */
final class FoldedText {
  /** Each language's locale, parsed once: the lists are folded word by word. */
  private static final Map<String, Locale> LOCALES = new ConcurrentHashMap<>();

  private FoldedText() {}

  /**
   * {@code text} as a language's word lists are matched against it: in lower case by the language's own rules
   * (Turkish "I" is "ı" and "İ" is "i", where the root rules make "İ" an "i" with a combining dot), and, in a
   * script without capitals whose names file lists letter forms ({@link CaselessNames#reads}), with those forms
   * written alike ("أ" as "ا", "ة" as "ه"), as {@link Institutions} reads its words. Read the lists through it too.
   */
  static String folded(String lang, String text) {
    Locale locale = lang == null ? Locale.ROOT : LOCALES.computeIfAbsent(lang, Locale::forLanguageTag);
    return alike(lang, text.toLowerCase(locale));
  }

  /** {@code text} with its letter forms written alike where the language reads caseless names; else as is. */
  static String alike(String lang, String text) {
    CaselessNames caseless = lang == null ? null : CaselessNames.of(lang);
    return caseless != null && caseless.reads() ? caseless.alike(text) : text;
  }
}
