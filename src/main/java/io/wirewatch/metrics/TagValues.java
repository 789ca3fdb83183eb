package io.wirewatch.metrics;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bounds a tag whose values come from the wire (agency, format): each value is cleaned to a short token,
 * and past {@code limit} distinct values the rest count as "other", so hostile or odd copy cannot grow the
 * number of time series without bound.
 */
final class TagValues {
  static final String OTHER = "other";
  private static final int MAX_LENGTH = 40;

  private final int limit;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  TagValues(int limit) {
    this.limit = limit;
  }

  String of(String raw) {
    String v = clean(raw);
    if (seen.contains(v)) {
      return v;
    }
    synchronized (seen) {
      if (seen.size() < limit) {
        seen.add(v);
        return v;
      }
    }
    return OTHER;
  }

  /** Lower case, letters/digits/.-_ only, at most 40 characters; "unknown" when empty. */
  static String clean(String raw) {
    if (raw == null || raw.isBlank()) {
      return "unknown";
    }
    String v = raw.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    return v.length() > MAX_LENGTH ? v.substring(0, MAX_LENGTH) : v;
  }
}
