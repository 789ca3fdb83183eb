package io.wirewatch.figures;

import io.wirewatch.text.Countries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small world gazetteer (country names, demonyms, capitals; {@code figures/places.txt}) that turns
 * "Armenian", "Armenia's", "Yerevan" or "Armenians" into one side key ("armenia"). Multi-word names are
 * matched on up to three tokens.
 */
final class Places {
  /** A place mention: the side key and the tokens it spans. */
  record Mention(String side, int start, int end, boolean capital) {}

  private static final Map<String, String> SIDES = new HashMap<>();
  private static final Map<String, String> CAPITALS = new HashMap<>();
  private static final Map<String, String> ADJECTIVES = new HashMap<>();

  static {
    try (InputStream in = Places.class.getResourceAsStream("/figures/places.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(Places::load);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Places() {}

  private static void load(String line) {
    String[] f = line.split("\\|", -1);
    String key = f[0].trim();
    SIDES.put(key, key);
    for (String n : f[1].split(",")) {
      put(SIDES, n, key);
    }
    String[] demonyms = f[2].split(",");
    ADJECTIVES.put(key, cap(demonyms[0].trim()));
    for (String d : demonyms) {
      put(SIDES, d, key);
    }
    for (String c : f[3].split(",")) {
      put(CAPITALS, c, key);
    }
  }

  private static void put(Map<String, String> map, String name, String key) {
    if (!name.isBlank()) {
      map.put(name.trim(), key);
    }
  }

  /** The place mention starting at token {@code i} (a capitalised name), or null. */
  static Mention at(List<Token> t, int i) {
    if (!t.get(i).isCapitalised() && !t.get(i).text().startsWith("U.")) {
      return null;
    }
    for (int len = 3; len >= 1; len--) {
      if (i + len > t.size()) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      for (int k = i; k < i + len; k++) {
        sb.append(k > i ? " " : "").append(t.get(k).lower());
      }
      String name = stripPossessive(sb.toString());
      if (SIDES.containsKey(name)) {
        return new Mention(SIDES.get(name), i, i + len, false);
      }
      if (CAPITALS.containsKey(name)) {
        return new Mention(CAPITALS.get(name), i, i + len, true);
      }
    }
    return null;
  }

  /** The ISO 3166 code of the country whose capital or seat of government the word names ("Baku"), or null. */
  static String capitalIso(String word) {
    String side = CAPITALS.get(stripPossessive(word.toLowerCase(Locale.ROOT)));
    return side == null ? null : Countries.iso(side, "en");
  }

  /** True when the token (lower-cased) ends in a possessive "'s". */
  static boolean possessive(Token t) {
    return t.lower().endsWith("'s");
  }

  private static String stripPossessive(String s) {
    return s.endsWith("'s") ? s.substring(0, s.length() - 2) : s;
  }

  /** "armenia" -> "Armenian"; the key itself, capitalised, when unknown. */
  static String adjective(String side) {
    return ADJECTIVES.getOrDefault(side, cap(side));
  }

  private static String cap(String s) {
    String[] words = s.split(" ");
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
    }
    return sb.toString();
  }
}
