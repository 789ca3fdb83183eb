package io.wirewatch.alerts;

import java.util.Set;

/**
 * How two sets of stems meet, whatever language they were read in: two stems match when equal or when one
 * starts with the other and the shorter has at least five letters, so "India" meets "Indian" and "Mongolia"
 * meets "Mongolian". The stems come from the language's own keys ({@link HeadlineKeys}).
 */
public final class Terms {
  private static final int MIN_PREFIX = 5;

  private Terms() {}

  /** True when the stem meets one of {@code terms}. */
  public static boolean meets(String stem, Set<String> terms) {
    if (terms.contains(stem)) {
      return true;
    }
    for (String t : terms) {
      String shorter = t.length() < stem.length() ? t : stem;
      String longer = shorter == t ? stem : t;
      if (shorter.length() >= MIN_PREFIX && longer.startsWith(shorter)) {
        return true;
      }
    }
    return false;
  }

  /** The share of {@code stems} that meet {@code terms}; 1 when there are no stems. */
  public static double overlap(Set<String> stems, Set<String> terms) {
    if (stems.isEmpty()) {
      return 1.0;
    }
    long met = stems.stream().filter(s -> meets(s, terms)).count();
    return (double) met / stems.size();
  }
}
