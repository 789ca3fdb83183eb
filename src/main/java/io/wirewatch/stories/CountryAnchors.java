package io.wirewatch.stories;

import io.wirewatch.text.Countries;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The countries a text names, as ISO 3166 codes: country names and nationality words of the text's own
 * language ("Australian", "australische", "australiens" are all AU), read through the text layer's
 * {@link Countries}. The code is the same in every language, so reports of one event in two languages
 * share it. Single words and two-word names ("New Zealand") are read. In a language that writes a name's case
 * ending after an apostrophe (its {@code stories-names.tsv} lists such endings, {@code place}: Turkish
 * "İsrail'de", in Israel; "Irak'ın", of Iraq) a word is also read without its ending. Thread-safe.
 */
final class CountryAnchors {
  private static final Map<String, Boolean> ENDINGS = new ConcurrentHashMap<>();

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
      boolean endings = endings(lang);
      String next = i + 1 < words.length ? trim(words[i + 1]) : null;
      String two = next != null ? Countries.iso(w + " " + next, lang) : null;
      if (two == null && next != null && endings) {
        two = Countries.iso(w + " " + withoutEnding(next), lang); // "Yeni Zelanda'da"
      }
      if (two != null) {
        out.add(two);
        i++;
        continue;
      }
      String one = Countries.iso(w, lang);
      if (one == null && endings) {
        one = Countries.iso(withoutEnding(w), lang);
      }
      if (one != null) {
        out.add(one);
      }
    }
    return out;
  }

  /** Whether the language writes a name's case ending after an apostrophe. */
  private static boolean endings(String lang) {
    return ENDINGS.computeIfAbsent(lang, l -> !StoryVocabulary.ofKind(l, "stories-names.tsv", "place").isEmpty());
  }

  /** The word up to its first apostrophe ("i̇srail'de": "i̇srail"), or the word when it has none. */
  private static String withoutEnding(String w) {
    int apostrophe = w.indexOf('\'');
    int curly = w.indexOf('\u2019');
    int at = apostrophe < 0 ? curly : curly < 0 ? apostrophe : Math.min(apostrophe, curly);
    return at > 0 ? w.substring(0, at) : w;
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
