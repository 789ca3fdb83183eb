package io.wirewatch.channels;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as written in channels.yaml: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, {@code 1d}, ISO {@code PT5S}. */
public final class Durations {
  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private Durations() {}

  /** The duration of {@code text}; the error names {@code key}. */
  public static Duration parse(String key, String text) {
    String t = text == null ? "" : text.trim();
    Matcher m = SHORT.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      Duration d = Duration.parse(t);
      if (!d.isNegative()) {
        return d;
      }
    } catch (DateTimeParseException e) {
      // fall through to the error below
    }
    throw new IllegalArgumentException(key + ": expected a duration like 500ms, 10s, 2m or 1h, got '" + t + "'");
  }
}
