package io.wirewatch.figures;

import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Figure;
import io.wirewatch.model.Figure.Metric;
import io.wirewatch.model.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Builds figure alerts: deterministic ids, severity by metric and size of change, titles and texts. */
public final class FigureAlerts {
  private FigureAlerts() {}

  /**
   * The alert id: story, rule, metric, subject key, the two values and the item that raised the alert. Two
   * different changes of one figure (49 -> 105, then 60 -> 105 after a revision; or one value reached twice
   * by different items) get different ids, so idempotent delivery never drops one of them; re-processing
   * the same item against the same ledger (replay, restart) gives the same id, so it is never sent twice. The
   * item uri enters as a digest: ids stay short whatever the uri.
   */
  public static String alertId(String story, AlertType type, String metric, String subjectKey, long from, long to,
      String itemUri) {
    return story + "/" + type.name().toLowerCase(Locale.ROOT) + "/" + metric + "/" + subjectKey + "/" + from + "-"
        + to + "/" + digest(itemUri);
  }

  /** The first 12 hex digits of the SHA-256 of {@code text} (UTF-8); "-" for none. */
  static String digest(String text) {
    if (text == null) {
      return "-";
    }
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  static FigureEvent changed(String story, LedgerState.Entry from, Figure to) {
    String direction = to.value() > from.value() ? "up" : "down";
    var details = new AlertDetails.FigureChanged(to.metric().id(), display(to), from.value(), to.value(),
        direction, to.qualifier().id(), provenance(from), provenance(to));
    String title = display(to) + " " + verb(to.metric()) + ": " + fmt(from.value()) + " -> "
        + fmt(to.value()) + " (" + who(to.agency(), to.source()) + ")";
    String stated = to.previous() != null && to.previous() != from.value()
        ? " The report itself gives the earlier figure as " + fmt(to.previous()) + "." : "";
    String text = who(to.agency(), to.source()) + " reports " + fmt(to.value()) + " (" + to.source() + ": \""
        + to.sentence() + "\"); the latest earlier figure was " + fmt(from.value()) + " from "
        + who(from.agency(), from.source()) + " ("
        + from.source() + ")." + stated;
    return new FigureEvent(alertId(story, AlertType.FIGURE_CHANGED, to.metric().id(), to.subjectKey(), from.value(),
        to.value(), to.itemUri()),
        AlertType.FIGURE_CHANGED, changeSeverity(to.metric(), from.value(), to.value()), to.metric().id(),
        to.subjectKey(), title, text, details);
  }

  static FigureEvent conflict(String story, LedgerState.Entry earlier, Figure now) {
    var details = new AlertDetails.FigureConflict(now.metric().id(), display(now),
        List.of(earlier.value(), now.value()), List.of(provenance(earlier), provenance(now)));
    String title = display(now) + " " + verb(now.metric()) + ": " + fmt(earlier.value()) + " ("
        + earlier.agency() + ") vs " + fmt(now.value()) + " (" + now.agency() + ")";
    String text = earlier.agency() + " reported " + fmt(earlier.value()) + " (" + earlier.source() + "), "
        + now.agency() + " reports " + fmt(now.value()) + " (" + now.source() + ": \"" + now.sentence() + "\").";
    return new FigureEvent(alertId(story, AlertType.FIGURE_CONFLICT, now.metric().id(), now.subjectKey(),
        earlier.value(), now.value(), now.itemUri()), AlertType.FIGURE_CONFLICT, baseSeverity(now.metric()),
        now.metric().id(), now.subjectKey(), title, text, details);
  }

  /** Killed is high, injured and missing medium, the rest low; a large change is one step up; 100+ dead critical. */
  static Severity changeSeverity(Metric metric, long from, long to) {
    Severity base = baseSeverity(metric);
    if (metric == Metric.KILLED && to >= 100 && to > from) {
      return Severity.CRITICAL;
    }
    long delta = Math.abs(to - from);
    boolean large = delta >= Math.max(1, from) || delta >= largeStep(metric);
    return large && base != Severity.CRITICAL ? Severity.values()[base.ordinal() + 1] : base;
  }

  static Severity baseSeverity(Metric metric) {
    return switch (metric) {
      case KILLED -> Severity.HIGH;
      case INJURED, MISSING -> Severity.MEDIUM;
      case EVACUATED, DISPLACED, ARRESTED, TROOPS -> Severity.LOW;
    };
  }

  private static long largeStep(Metric metric) {
    return switch (metric) {
      case KILLED -> 10;
      case INJURED, MISSING, ARRESTED -> 50;
      case TROOPS -> 1_000;
      case EVACUATED, DISPLACED -> 100_000;
    };
  }

  /** "armenia:troops" -> "Armenian troops", "people" -> "People". */
  static String display(Figure f) {
    String key = f.subjectKey();
    int colon = key.indexOf(':');
    String cls = colon < 0 ? key : key.substring(colon + 1);
    if (colon < 0) {
      return cls.substring(0, 1).toUpperCase(Locale.ROOT) + cls.substring(1);
    }
    return Places.adjective(key.substring(0, colon)) + " " + cls;
  }

  /** Who reported a value: its agency, else (feeds without one) its source. */
  private static String who(String agency, String source) {
    return agency == null || agency.isBlank() ? source : agency;
  }

  private static String verb(Metric m) {
    return m == Metric.TROOPS ? "deployed" : m.id();
  }

  private static AlertDetails.Provenance provenance(LedgerState.Entry e) {
    return new AlertDetails.Provenance(e.source(), e.itemUri(), e.agency(), e.sentence(), e.offset(), e.at());
  }

  private static AlertDetails.Provenance provenance(Figure f) {
    return new AlertDetails.Provenance(f.source(), f.itemUri(), f.agency(), f.sentence(), f.offset(), f.time());
  }

  private static String fmt(long v) {
    return NumberFormat.getIntegerInstance(Locale.ROOT).format(v);
  }
}
