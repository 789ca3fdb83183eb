package io.wirewatch.alerts;

import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Severity;
import io.wirewatch.model.WireItem;
import java.util.Locale;

/**
 * Ids, severities, titles and texts for the rule alerts (ESCALATION, KILL, CORRECTION, HEADLINE_MISMATCH,
 * WATCH). Ids are deterministic and unique per real event: story, rule, what changed and the triggering item
 * (uri and version), so re-processing never delivers twice and two different events never share an id
 * (idempotent delivery would drop the second). WATCH fires once per story and desk query by design.
 */
public final class RuleAlerts {
  /** The parts of an alert a rule decides; the stage adds story and provenance. */
  public record Draft(String id, AlertType type, Severity severity, String title, String text, String desk,
      AlertDetails details) {}

  private RuleAlerts() {}

  public static Draft of(String story, WireItem item, AlertDetails details) {
    String agency = item.agency() == null ? "An agency" : item.agency();
    return switch (details) {
      case AlertDetails.Escalation e -> new Draft(id(story, "escalation", e.fromLevel() + "-" + e.toLevel() + "@"
          + item.uri() + "@" + item.version()), AlertType.ESCALATION,
          "war".equals(e.toLevel()) ? Severity.CRITICAL : Severity.HIGH,
          "Escalation: " + e.fromLevel() + " -> " + e.toLevel() + " (" + agency + ")",
          agency + " reports " + e.cue() + ": \"" + e.sentence() + "\"", null, e);
      case AlertDetails.Kill k -> new Draft(id(story, "kill", item.uri() + "@" + item.version()), AlertType.KILL,
          Severity.HIGH,
          agency + " KILLs \"" + nz(k.killedHeadline(), item.headline()) + "\"",
          k.reason() == null ? agency + " withdrew the item." : agency + " withdrew the item: " + k.reason(), null, k);
      case AlertDetails.Correction c -> new Draft(id(story, "correction", item.uri() + "@" + item.version()),
          AlertType.CORRECTION, Severity.MEDIUM,
          agency + " corrects" + (c.changes().isEmpty() ? "" : ": " + String.join("; ", c.changes())),
          c.note() == null ? "Corrected version of " + item.uri() : c.note(), null, c);
      case AlertDetails.HeadlineMismatch m -> new Draft(id(story, "headline-mismatch", item.uri() + "@"
          + item.version()), AlertType.HEADLINE_MISMATCH, Severity.MEDIUM,
          "Headline does not match the story: \"" + m.headline() + "\"",
          String.format(Locale.ROOT, "The body is about %s; the headline shares %.0f%% of its terms with it.",
              m.bodyAbout(), m.overlap() * 100), null, m);
      case AlertDetails.Watch w -> new Draft(id(story, "watch", w.desk() + "/" + w.queryId()), AlertType.WATCH,
          Severity.MEDIUM, "Watch " + w.desk() + "/" + w.queryId() + ": " + item.headline(),
          String.join(" ... ", w.highlights()), w.desk(), w);
      case AlertDetails.FigureChanged f -> throw new IllegalArgumentException("figure alerts come from the ledger");
      case AlertDetails.FigureConflict f -> throw new IllegalArgumentException("figure alerts come from the ledger");
    };
  }

  static String id(String story, String type, String key) {
    return story + "/" + type + "/" + key;
  }

  private static String nz(String a, String b) {
    return a == null || a.isBlank() ? b : a;
  }
}
