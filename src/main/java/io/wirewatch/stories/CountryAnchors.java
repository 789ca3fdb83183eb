package io.wirewatch.stories;

import io.wirewatch.text.Countries;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The countries a text names, as ISO 3166 codes: country names and nationality words of the text's own
 * language ("Australian", "australische", "australiens" are all AU), read through the text layer's
 * {@link Countries}. The code is the same in every language, so reports of one event in two languages
 * share it. Single words and two-word names ("New Zealand") are read. In a language that writes a name's case
 * ending after an apostrophe (its {@code stories-names.tsv} lists such endings, {@code place}: Turkish
 * "İsrail'de", in Israel; "Irak'ın", of Iraq) a word is also read without its ending. In a script without
 * capitals whose names file lists letter forms and glued words ({@link CaselessNames}; Arabic), names are read
 * with their letter forms written alike ("اسرائيل" as "إسرائيل") and behind one {@code prefix} ("ومصر") or an
 * {@code article} glued to a prefix ("بالعراق", "للعراق": the bare article's name "العراق"); a name written
 * with vowel signs in the language's country list is one the plain letters do not tell from another word
 * ("عُمان", Oman, and "عمّان", Amman) and is read only as written. Thread-safe.
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
    List<String> words = words(text);
    boolean endings = endings(lang);
    Glued glued = GLUED.computeIfAbsent(lang, Glued::of);
    for (int i = 0; i < words.size(); i++) {
      String w = trim(words.get(i));
      if (w.length() < 2) {
        continue;
      }
      // a name of two words is asked for only where one may begin (or behind a glued word, which the table's
      // first words do not know)
      String next = i + 1 < words.size() && (glued.reads() || Countries.mayBeginLongerName(w, lang))
          ? trim(words.get(i + 1)) : null;
      String two = next != null ? iso(w + " " + next, lang, glued) : null;
      if (two == null && next != null && endings) {
        two = Countries.iso(w + " " + withoutEnding(next), lang); // "Yeni Zelanda'da"
      }
      if (two != null) {
        out.add(two);
        i++;
        continue;
      }
      String one = iso(w, lang, glued);
      if (one == null && endings) {
        one = Countries.iso(withoutEnding(w), lang);
      }
      if (one != null) {
        out.add(one);
      }
    }
    return out;
  }

  private static final Map<String, Glued> GLUED = new ConcurrentHashMap<>();
  private static final java.util.regex.Pattern VOWEL_SIGNS = java.util.regex.Pattern.compile("\\p{M}");

  /** The code {@code words} names in {@code lang}, as written or, in a caseless script, behind a glued word. */
  private static String iso(String words, String lang, Glued glued) {
    String iso = Countries.iso(words, lang);
    return iso != null ? iso : glued.iso(words);
  }

  /**
   * A caseless language's country names with their letter forms written alike, and the words it glues before
   * a name: prefixes, and the article's forms with a prefix, read as the bare article (the shortest listed).
   */
  private record Glued(CaselessNames caseless, Map<String, String> names, List<String> prefixes,
      List<String> articles, String article) {
    static Glued of(String lang) {
      CaselessNames caseless = CaselessNames.of(lang);
      if (!caseless.reads()) {
        return new Glued(caseless, Map.of(), List.of(), List.of(), "");
      }
      Map<String, String> names = new HashMap<>();
      Countries.names(lang).forEach((name, code) -> {
        String alike = caseless.alike(name);
        if (!VOWEL_SIGNS.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).find()) {
          names.putIfAbsent(alike, code);
        }
      });
      List<String> articles = StoryVocabulary.ofKind(lang, "stories-names.tsv", "article").stream()
          .map(caseless::alike).sorted(Comparator.comparingInt(String::length)).toList();
      List<String> prefixes = StoryVocabulary.ofKind(lang, "stories-names.tsv", "prefix").stream()
          .map(caseless::alike).toList();
      return new Glued(caseless, Map.copyOf(names), prefixes, articles, articles.isEmpty() ? "" : articles.get(0));
    }

    /** Whether the language has names to read behind glued words. */
    boolean reads() {
      return !names.isEmpty();
    }

    String iso(String words) {
      if (names.isEmpty()) {
        return null;
      }
      String w = caseless.alike(words);
      String iso = behindArticle(w);
      for (int i = 0; iso == null && i < prefixes.size(); i++) {
        String p = prefixes.get(i);
        iso = w.startsWith(p) && w.length() > p.length() + 1 ? behindArticle(w.substring(p.length())) : null;
      }
      return iso;
    }

    /** The code of {@code w} as written, or of the bare article's name when it opens with a glued article. */
    private String behindArticle(String w) {
      String iso = names.get(w);
      for (int i = 1; iso == null && i < articles.size(); i++) {
        String a = articles.get(i);
        iso = w.startsWith(a) && w.length() > a.length() + 1 ? names.get(article + w.substring(a.length())) : null;
      }
      return iso;
    }
  }

  /** The runs of letters, marks, periods, apostrophes and hyphens of the text, in order. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean part = Character.isLetter(cp) || isMark(cp) || cp == '.' || cp == '\'' || cp == '\u2019' || cp == '-';
      if (part && start < 0) {
        start = i;
      } else if (!part && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
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
