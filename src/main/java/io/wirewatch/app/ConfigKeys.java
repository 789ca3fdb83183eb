package io.wirewatch.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rejects configuration keys wirewatch does not know, so a typo ("topic.prefix", "http.prot") fails
 * loudly instead of being ignored. The known keys are those of the bundled defaults; keys under the
 * pass-through and per-name prefixes ({@code kafka.*}, {@code topics.wire.*}, {@code ingest.feeds.*})
 * are free. The error names the key, the file and the nearest known key.
 */
final class ConfigKeys {
  private static final List<String> FREE_PREFIXES = List.of("kafka.", "topics.wire.", "ingest.feeds.");

  private ConfigKeys() {}

  /** Throws IllegalArgumentException (a usage error) for the first unknown key of {@code given}. */
  static void requireKnown(Set<String> given, Set<String> known, Path file) {
    for (String key : new TreeSet<>(given)) {
      if (known.contains(key) || FREE_PREFIXES.stream().anyMatch(key::startsWith)) {
        continue;
      }
      String near = nearest(key, known);
      throw new IllegalArgumentException("unknown configuration key '" + key + "' in " + file
          + (near == null ? "" : " (did you mean '" + near + "'?)")
          + "; the keys are listed in config/wirewatch.properties");
    }
  }

  /** The known key with the smallest edit distance, when that distance is small for the key's length. */
  static String nearest(String key, Set<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(key, k);
      if (d < bestDistance || (d == bestDistance && best != null && k.compareTo(best) < 0)) {
        best = k;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, key.length() / 3) ? best : null;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** The value as a whole number of at least 1, or an error that names the key and what it got. */
  static int parsePositive(String key, String value) {
    try {
      int v = Integer.parseInt(value.trim());
      if (v < 1) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("config " + key + ": expected a positive whole number, got '" + value + "'");
    }
  }
}
