package io.wirewatch.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Country names and nationality words of a language -> ISO 3166 alpha-2 code. Names come from CLDR (the
 * JDK's locale data: "Armenia", "Arménie", "Armenien", ...); adjectives and demonyms with their inflections
 * ("Armenian", "arméniennes", "armenischen") and common aliases come from {@code lang/<lang>/nationalities.tsv}
 * (word, code, and "caps" for a short form read only in capitals: "US" but not "us"). A word is only read
 * in the language it is given in. Loaded once per language.
 */
public final class Countries {
  private static final Map<String, Table> BY_LANG = new ConcurrentHashMap<>();
  /** Key prefix of words read only when written in capitals ("US" but not "us"). */
  private static final String CAPS = "\u0000";

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
    Map<String, String> names = BY_LANG.computeIfAbsent(code, Countries::load).codes();
    String key = key(word);
    String iso = names.get(key);
    if (iso == null && key.indexOf('-') > 0) {
      iso = names.get(key.replace('-', ' '));
    }
    if (iso == null && isCapitals(word)) {
      iso = names.get(CAPS + key);
    }
    return iso;
  }

  /**
   * Whether a name of more than one word may begin with {@code word} in {@code lang}: false says that no
   * {@link #iso} of {@code word} and the words after it can find a country, so a reader of every word of a text
   * asks for two-word names ("New Zealand") only where one may begin.
   */
  public static boolean mayBeginLongerName(String word, String lang) {
    String code = word == null || lang == null ? null : LanguageId.normalise(lang);
    return code != null && BY_LANG.computeIfAbsent(code, Countries::load).firstWords().contains(firstWord(key(word)));
  }

  /**
   * Every name and word {@link #iso} reads in {@code lang}, keyed as it keys them, with its code; not the short
   * forms read only in capitals.
   */
  public static Map<String, String> names(String lang) {
    String code = lang == null ? null : LanguageId.normalise(lang);
    if (code == null) {
      return Map.of();
    }
    Map<String, String> out = new HashMap<>(BY_LANG.computeIfAbsent(code, Countries::load).codes());
    out.keySet().removeIf(k -> k.startsWith(CAPS));
    return Map.copyOf(out);
  }

  /** The key up to its first space or hyphen: the first word of a name, however its words are joined. */
  private static String firstWord(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == ' ' || key.charAt(i) == '-') {
        return key.substring(0, i);
      }
    }
    return key;
  }

  /** A language's names and words by key, and the first words of its names of more than one word. */
  private record Table(Map<String, String> codes, Set<String> firstWords) {}

  private static boolean isCapitals(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** Lowercased, white space collapsed, periods dropped ("U.S." -> "us"), apostrophes unified. */
  static String key(String word) {
    String s = word.strip();
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFC);
    }
    s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace(".", "");
    return collapseSpaces(s);
  }

  /**
   * Every run of white space (no-break spaces included) as one plain space; the string itself when it has
   * none to change, which is every single word and most two-word names: a key is asked for each word of
   * every item, so this is a loop, not a regular expression.
   */
  private static String collapseSpaces(String s) {
    StringBuilder out = null;
    boolean inSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = isSpace(c);
      if (space && (c != ' ' || inSpace) && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null && !(space && inSpace)) {
        out.append(space ? ' ' : c);
      }
      inSpace = space;
    }
    return out == null ? s : out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u202F';
  }

  private static Table load(String lang) {
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
        boolean caps = row.size() > 2 && row.get(2).equals("caps");
        m.put((caps ? CAPS : "") + key(row.get(0)), row.get(1).toUpperCase(Locale.ROOT));
      }
    }
    Set<String> firstWords = new HashSet<>();
    for (String k : m.keySet()) {
      String plain = k.startsWith(CAPS) ? k.substring(CAPS.length()) : k;
      if (plain.indexOf(' ') > 0 || plain.indexOf('-') > 0) {
        firstWords.add(firstWord(plain));
      }
    }
    return new Table(Map.copyOf(m), Set.copyOf(firstWords));
  }
}
