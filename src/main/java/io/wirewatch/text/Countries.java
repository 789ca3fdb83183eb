package io.wirewatch.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Country names and nationality words of a language -> ISO 3166 alpha-2 code. Names come from CLDR (the
 * JDK's locale data: "Armenia", "Arménie", "Armenien", ...); adjectives and demonyms with their inflections
 * ("Armenian", "arméniennes", "armenischen") and common aliases come from {@code lang/<lang>/nationalities.tsv}
 * (word, code). A word is only read in the language it is given in. Loaded once per language.
 */
public final class Countries {
  private static final Map<String, Map<String, String>> BY_LANG = new ConcurrentHashMap<>();

  private Countries() {}

  /** The ISO 3166 alpha-2 code a country name or nationality word stands for in {@code lang}, or null. */
  public static String iso(String word, String lang) {
    if (word == null || lang == null) {
      return null;
    }
    String code = LanguageId.normalise(lang);
    if (code == null) {
      return null;
    }
    Map<String, String> names = BY_LANG.computeIfAbsent(code, Countries::load);
    String key = key(word);
    String iso = names.get(key);
    if (iso == null && key.indexOf('-') > 0) {
      iso = names.get(key.replace('-', ' '));
    }
    return iso;
  }

  /** Lowercased, white space collapsed, periods dropped ("U.S." -> "us"), apostrophes unified. */
  static String key(String word) {
    String s = Normalizer.normalize(word.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'').replace(".", "");
    return s.replaceAll("[\\s\\u00A0\\u202F]+", " ");
  }

  private static Map<String, String> load(String lang) {
    Map<String, String> m = new HashMap<>();
    Locale in = Locale.of(lang);
    boolean named = !in.getDisplayLanguage(in).equals(lang);
    for (String cc : Locale.getISOCountries()) {
      if (!named) {
        break;
      }
      String name = Locale.of("", cc).getDisplayCountry(in);
      if (!name.isEmpty() && !name.equals(cc)) {
        m.putIfAbsent(key(name), cc);
      }
    }
    for (List<String> row : Lexicon.of(lang).rows("nationalities")) {
      if (row.size() >= 2 && row.get(1).length() == 2) {
        m.put(key(row.get(0)), row.get(1).toUpperCase(Locale.ROOT));
      }
    }
    return Map.copyOf(m);
  }
}
