package io.wirewatch.channels;

import java.time.Duration;
import java.util.Objects;

/**
 * How a channel avoids flooding its readers.
 *
 * @param rateMessages at most this many messages per {@code ratePer}; 0 = unlimited. Alerts above the limit
 *     wait and go out together as one digest at the next free slot
 * @param ratePer the rate-limit period
 * @param digestWindow when positive, alerts are held this long after the first and sent as one digest
 * @param digestMaxAlerts the most alerts one digest carries (larger bursts are split)
 * @param foldWindow when positive, a figure alert waits this long; later updates of the same figure
 *     (story, metric, subject) arriving meanwhile are folded into it ("49 -> 105" then "105 -> 110" is
 *     one message "49 -> 110")
 */
public record Fatigue(int rateMessages, Duration ratePer, Duration digestWindow, int digestMaxAlerts,
    Duration foldWindow) {
  public static final Fatigue NONE = new Fatigue(0, Duration.ofMinutes(1), Duration.ZERO, 50, Duration.ZERO);

  public Fatigue {
    Objects.requireNonNull(ratePer, "ratePer");
    Objects.requireNonNull(digestWindow, "digestWindow");
    Objects.requireNonNull(foldWindow, "foldWindow");
    if (rateMessages < 0 || digestMaxAlerts < 1 || ratePer.isZero() && rateMessages > 0) {
      throw new IllegalArgumentException("rate limit and digest size must be positive");
    }
  }

  public boolean rateLimited() {
    return rateMessages > 0;
  }

  public boolean digests() {
    return digestWindow.isPositive();
  }

  public boolean folds() {
    return foldWindow.isPositive();
  }
}
