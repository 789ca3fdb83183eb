package io.wirewatch.text;

import com.ibm.icu.text.Transliterator;

/**
 * A name as plain Latin letters, whatever script it is written in: "Путин" and "Putin" are "putin",
 * "Kılıçdaroğlu" and "Kilicdaroglu" are "kilicdaroglu", "Łódź" is "lodz". ICU's transliteration ("Any-Latin;
 * Latin-ASCII"): romanisation by the script's standard rules, then accents and letters outside ASCII to their
 * plain forms, so a name written in another script or with other diacritics reads alike. Scripts without
 * romanisation rules are kept as written. Text that is plain ASCII already is not transliterated (most copy,
 * and the cost is only paid where it tells). Thread-safe: ICU transliterators are stateless.
 */
public final class LatinSpelling {
  private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

  private LatinSpelling() {}

  /** {@code s} lower-cased in plain Latin letters. */
  public static String of(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 128;
    }
    String latin = ascii ? s : TO_LATIN.transliterate(s);
    return latin.toLowerCase(java.util.Locale.ROOT).strip();
  }
}
