package io.wirewatch.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ISO 639-1 language of an item. Declared metadata wins when it names a language ("en-US", "fr_FR",
 * "deu", "French" -> "en", "fr", "de", "fr"); otherwise the text is read by a statistical detector
 * ({@link LanguageDetector}), which answers "und" (undetermined) for text too short or too mixed to tell.
 */
public final class LanguageId {
  /** Undetermined language (ISO 639-2 "und"). */
  public static final String UNDETERMINED = "und";

  private static final Map<String, String> CODES = codes();

  private LanguageId() {}

  /** "en", "fr", "de", "es", "it", ... or "und". {@code declared} and {@code text} may be null. */
  public static String of(String declared, String text) {
    String d = normalise(declared);
    if (d != null) {
      return d;
    }
    String two = fromIso3(LanguageDetector.get().detect(text));
    return two == null ? UNDETERMINED : two;
  }

  /**
   * The ISO 639-1 code a declared language tag or name stands for ("en-GB" -> "en", "fra" -> "fr",
   * "German" -> "de"), or null when it names none ("", "und", "mul", "x-foo").
   */
  public static String normalise(String declared) {
    if (declared == null) {
      return null;
    }
    String s = declared.strip().toLowerCase(Locale.ROOT);
    int cut = indexOfAny(s, "-_;,. ");
    String primary = cut < 0 ? s : s.substring(0, cut);
    String code = CODES.get(primary);
    if (code == null && cut >= 0) {
      code = CODES.get(s);
    }
    return code;
  }

  /** ISO 639-1 code of an ISO 639-2/3 code ("eng" -> "en"), or null. */
  static String fromIso3(String iso3) {
    String c = iso3 == null ? null : CODES.get(iso3.toLowerCase(Locale.ROOT));
    return c != null && c.length() == 2 ? c : null;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Two-letter codes, their three-letter (terminology and bibliographic) forms and English names. */
  private static Map<String, String> codes() {
    Map<String, String> m = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      Locale l = Locale.of(two);
      m.put(two, two);
      try {
        m.putIfAbsent(l.getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // no three-letter form known: the two-letter one still maps
      }
      String name = l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && !name.equals(two)) {
        m.putIfAbsent(name, two);
      }
    }
    // ISO 639-2 bibliographic codes that differ from the terminology codes Locale knows
    String[][] bibliographic = {{"fre", "fr"}, {"ger", "de"}, {"dut", "nl"}, {"gre", "el"}, {"chi", "zh"},
        {"cze", "cs"}, {"per", "fa"}, {"rum", "ro"}, {"slo", "sk"}, {"wel", "cy"}, {"arm", "hy"},
        {"alb", "sq"}, {"baq", "eu"}, {"bur", "my"}, {"geo", "ka"}, {"ice", "is"}, {"mac", "mk"},
        {"mao", "mi"}, {"may", "ms"}, {"tib", "bo"}};
    for (String[] b : bibliographic) {
      m.putIfAbsent(b[0], b[1]);
    }
    // legacy two-letter codes still seen in feeds
    m.put("iw", "he");
    m.put("in", "id");
    m.put("ji", "yi");
    return Map.copyOf(m);
  }
}
