package io.wirewatch.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Head-block lines of transmission copy that are neither headline nor body (editor's notes, photo
 * notes, bylines), per language from {@code lang/<lang>/formats-furniture.txt}. A language without the
 * file has no furniture lines, so the rule never fires on copy it was not written for.
 */
final class Furniture {
  private static final java.util.Map<String, List<Pattern>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  private Furniture() {}

  /** True when {@code line} is head-block furniture in {@code lang}. */
  static boolean isFurniture(String line, String lang) {
    String t = line.strip();
    for (Pattern p : CACHE.computeIfAbsent(lang, Furniture::load)) {
      if (p.matcher(t).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static List<Pattern> load(String lang) {
    List<Pattern> out = new ArrayList<>();
    try (InputStream in = Furniture.class.getResourceAsStream("/lang/" + lang + "/formats-furniture.txt")) {
      if (in == null) {
        return List.of();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(Pattern.compile(line.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
