package io.wirewatch.stories;

import io.wirewatch.text.Countries;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The countries a text names, as ISO 3166 codes: country names and nationality words of the text's own
 * language ("Australian", "australische", "australiens" are all AU), read through the text layer's
 * {@link Countries}. The code is the same in every language, so reports of one event in two languages
 * share it. Single words and two-word names ("New Zealand") are read. Thread-safe.
 */
final class CountryAnchors {
  private CountryAnchors() {}

  /** The ISO codes of the countries {@code text} names in {@code lang}, in order of first mention. */
  static Set<String> in(String text, String lang) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    String[] words = text.split("[^\\p{L}\\p{M}.'\u2019-]+");
    for (int i = 0; i < words.length; i++) {
      String w = trim(words[i]);
      if (w.length() < 2) {
        continue;
      }
      String two = i + 1 < words.length ? Countries.iso(w + " " + trim(words[i + 1]), lang) : null;
      if (two != null) {
        out.add(two);
        i++;
        continue;
      }
      String one = Countries.iso(w, lang);
      if (one != null) {
        out.add(one);
      }
    }
    return out;
  }

  private static String trim(String w) {
    int end = w.length();
    while (end > 0 && (w.charAt(end - 1) == '.' || w.charAt(end - 1) == '\'' || w.charAt(end - 1) == '-'
        || w.charAt(end - 1) == '\u2019')) {
      end--;
    }
    return w.substring(0, end);
  }
}
