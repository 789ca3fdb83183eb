package io.wirewatch.stories;

import java.util.Set;

/**
 * The years from the earliest to the latest a story confirms. A story that tells a history ("started in 1982, ends
 * in 2020") covers the years between: a report naming only one of them names the story's own past, not another
 * year's look-alike.
 *
 * @param first the earliest year
 * @param last the latest year
 */
record YearSpan(int first, int last) {

  /** The span of {@code years} (four-digit strings), or null when there are none. */
  static YearSpan of(Set<String> years) {
    if (years.isEmpty()) {
      return null;
    }
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (String y : years) {
      int v = Integer.parseInt(y);
      first = Math.min(first, v);
      last = Math.max(last, v);
    }
    return new YearSpan(first, last);
  }

  /** Whether every one of {@code years} lies strictly between the first and the last year (none: false). */
  boolean holdsAll(Set<String> years) {
    return !years.isEmpty() && years.stream().mapToInt(Integer::parseInt).allMatch(y -> y > first && y < last);
  }

  @Override
  public String toString() {
    return first + "-" + last;
  }
}
