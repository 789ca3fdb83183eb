package io.wirewatch.app;

import io.wirewatch.model.Decision;
import java.util.Locale;

/**
 * One readable console line per decision or rejection, for the demo (alerts are printed by the console
 * channel, as a newsroom channel would receive them). Wire text is shown as text, with
 * control characters removed, trimmed to fit.
 */
final class OutcomeLine {
  private OutcomeLine() {}

  static String format(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Decided decided -> {
        Decision d = decided.decision();
        String dup = d.duplicateOf() == null ? "" : " (copy of " + d.duplicateOf() + ")";
        yield String.format(Locale.ROOT, "%-10s %-8s %-10s %s%s  [story %s]", d.status().id().toUpperCase(Locale.ROOT),
            nz(d.agency()), nz(d.format()), clip(d.headline(), 90), dup, clip(d.story(), 40));
      }
      case Outcome.Alerted a -> null;
      case Outcome.Merged m -> null;
      case Outcome.Parsed p -> null;
      case Outcome.Rejected r -> String.format(Locale.ROOT, "%-10s %s: %s (%s)", "REJECTED", r.source(), r.reason(),
          clip(r.message(), 100));
    };
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }

  static String clip(String s, int max) {
    if (s == null) {
      return "";
    }
    String oneLine = s.replaceAll("\\p{Cntrl}", " ").strip();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
  }
}
