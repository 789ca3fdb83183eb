package io.wirewatch.dedup;

import java.time.Duration;
import java.time.Instant;

/**
 * The time an item counts at for deciding: its version time, clamped into [1970-01-01, receipt + skew].
 * A sender's clock cannot move the decider's clock further ahead than the receipt allows (a record dated
 * years ahead would otherwise expire every remembered text and story), and a date out of any plausible
 * range (year 9999, +999999999, before 1970) is accepted at the bound instead of overflowing later
 * arithmetic. The clamp is reported, never silent.
 *
 * @param time the time to decide at
 * @param clamp how the sent time was changed; {@link Clamp#NONE} when it was used as sent
 */
public record EventTime(Instant time, Clamp clamp) {

  /** Whether, and which way, a sent time was moved. */
  public enum Clamp {
    NONE, FUTURE, PAST;

    /** The tag value for metrics. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The earliest time an item may count at. */
  public static final Instant FLOOR = Instant.EPOCH;

  /**
   * @param sent the item's version time, or null when it has none
   * @param receivedAt when wirewatch received it, or null when unknown (no upper bound then)
   * @param fallback the time to use when the item has no version time
   * @param maxSkew how far past its receipt an item's time may lie (clock skew between agencies and us)
   */
  public static EventTime of(Instant sent, Instant receivedAt, Instant fallback, Duration maxSkew) {
    Instant t = sent != null ? sent : fallback;
    if (t == null) {
      return new EventTime(receivedAt != null && !receivedAt.isBefore(FLOOR) ? receivedAt : FLOOR, Clamp.NONE);
    }
    if (receivedAt != null && !receivedAt.isBefore(FLOOR)) {
      Instant ceiling = receivedAt.plus(maxSkew);
      if (t.isAfter(ceiling)) {
        return new EventTime(ceiling, sent != null ? Clamp.FUTURE : Clamp.NONE);
      }
    }
    if (t.isBefore(FLOOR)) {
      return new EventTime(FLOOR, sent != null ? Clamp.PAST : Clamp.NONE);
    }
    return new EventTime(t, Clamp.NONE);
  }

  /** A short reason for the decision when the time was clamped, else null. */
  public String reason(Instant sent, Instant receivedAt) {
    return switch (clamp) {
      case NONE -> null;
      case FUTURE -> "event time clamped to " + time + ": versionCreated " + sent + " is after receipt "
          + receivedAt;
      case PAST -> "event time clamped to " + time + ": versionCreated " + sent + " is before " + FLOOR;
    };
  }
}
