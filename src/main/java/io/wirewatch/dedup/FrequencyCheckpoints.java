package io.wirewatch.dedup;

/**
 * Which term counts the deciding task writes to its store: every count up to {@value #EXACT}, then only
 * when a count passes the next step of a geometric ladder (each step {@value #STEP_PERCENT}% above the last).
 * A term's weight is the log of its inverse document frequency, which a few percent of count does not move,
 * yet writing every count of every term of every item was two thirds of all records the pipeline sent to the
 * broker. After a restore, a count is at most one step below what the task had counted, and exact where it
 * is small (names, numbers: the terms that join a story).
 */
final class FrequencyCheckpoints {
  /** Counts kept exactly. */
  static final long EXACT = 16;
  static final int STEP_PERCENT = 6;
  private static final double LOG_STEP = Math.log1p(STEP_PERCENT / 100.0);

  private FrequencyCheckpoints() {}

  /** True when a term's count has just risen to {@code count} across a step, so the store should hold it. */
  static boolean shouldWrite(long count) {
    return count > 0 && (count <= EXACT || step(count) != step(count - 1));
  }

  private static long step(long count) {
    return (long) Math.floor(Math.log((double) count / EXACT) / LOG_STEP);
  }
}
