package io.wirewatch.figures;

import java.time.Duration;
import java.util.Objects;

/**
 * Ledger settings ({@code figures.*}).
 *
 * @param conflictWindow two sources' different values within this much event time conflict (default 2 h)
 * @param conflictMaxRelativeDifference a value further than this fraction from the earlier one is news, not a
 *     disagreement (default 0.5: 30 vs 36 conflict, 1 vs 3 is a change)
 * @param historyLimit values kept per figure (oldest dropped first)
 */
public record FigureConfig(Duration conflictWindow, double conflictMaxRelativeDifference, int historyLimit) {

  public static final FigureConfig DEFAULTS = new FigureConfig(Duration.ofHours(2), 0.5, 20);

  public FigureConfig {
    Objects.requireNonNull(conflictWindow, "figures.conflict.window");
    if (conflictWindow.isNegative()) {
      throw new IllegalArgumentException("figures.conflict.window must not be negative: " + conflictWindow);
    }
    if (!(conflictMaxRelativeDifference >= 0)) {
      throw new IllegalArgumentException(
          "figures.conflict.max-relative-difference must be >= 0: " + conflictMaxRelativeDifference);
    }
    if (historyLimit < 2) {
      throw new IllegalArgumentException("figures.history.limit must be at least 2: " + historyLimit);
    }
  }
}
