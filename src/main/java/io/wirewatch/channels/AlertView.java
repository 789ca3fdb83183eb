package io.wirewatch.channels;

import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertDetails;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The parts of an alert every channel shows, as plain (unescaped) text: headline, what changed, severity,
 * agencies, the source sentence and the link to the story page. Wire text is already {@link Escape#wireText}
 * (no bidi controls, nothing a client auto-links); channels escape each part for their medium.
 *
 * @param headline the alert's one-line title ("Armenian troops killed: 49 -> 105")
 * @param story the story's headline, or null
 * @param change what changed, e.g. "49 -> 105", "clashes -> casualties"; null when nothing numeric changed
 * @param severity lower-case severity
 * @param type the alert type, for a person ("figure changed")
 * @param agencies the agencies that reported the story, comma-separated
 * @param text the explanation
 * @param sentence the sentence of the source the alert rests on, or null
 * @param source "Reuters, 027.json" or null
 * @param storyUrl the link to the story page, or null when no template is configured
 */
public record AlertView(String headline, String story, String change, String severity, String type,
    String agencies, String text, String sentence, String source, String storyUrl) {

  /** The view of {@code alert}; {@code storyUrlTemplate} has a {@code {story}} placeholder, or is blank. */
  public static AlertView of(Alert alert, String storyUrlTemplate) {
    String headline = firstNonBlank(alert.title(), alert.storyHeadline(), alert.type().name());
    String story = alert.storyHeadline() != null && !alert.storyHeadline().equals(headline)
        ? alert.storyHeadline() : null;
    List<String> agencies = alert.agencies().isEmpty() && alert.agency() != null
        ? List.of(alert.agency()) : alert.agencies();
    String source = String.join(", ", alert.agency() == null ? List.of() : List.of(alert.agency()))
        + (alert.source() == null ? "" : (alert.agency() == null ? "" : ", ") + alert.source());
    return new AlertView(Escape.wireText(headline), Escape.wireText(story), Escape.wireText(change(alert.details())),
        alert.severity().id(), alert.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
        Escape.wireText(String.join(", ", agencies)), Escape.wireText(alert.text()),
        Escape.wireText(sentence(alert.details())), source.isBlank() ? null : Escape.wireText(source),
        storyUrl(storyUrlTemplate, alert.story()));
  }

  static String change(AlertDetails details) {
    return switch (details) {
      case AlertDetails.FigureChanged f -> f.from() + " -> " + f.to();
      case AlertDetails.FigureConflict c -> String.join(" vs ", c.values().stream().map(String::valueOf).toList());
      case AlertDetails.Escalation e -> e.fromLevel() + " -> " + e.toLevel();
      case AlertDetails.Correction c -> c.changes().isEmpty() ? null : String.join("; ", c.changes());
      case null, default -> null;
    };
  }

  static String sentence(AlertDetails details) {
    return switch (details) {
      case AlertDetails.FigureChanged f -> f.current() == null ? null : f.current().sentence();
      case AlertDetails.FigureConflict c -> c.sources().isEmpty() ? null : c.sources().getLast().sentence();
      case AlertDetails.Escalation e -> e.sentence();
      case AlertDetails.Kill k -> k.reason();
      case AlertDetails.Correction c -> c.note();
      case AlertDetails.HeadlineMismatch m -> m.bodyAbout();
      case AlertDetails.Watch w -> w.highlights().isEmpty() ? null : w.highlights().getFirst();
      case null -> null;
    };
  }

  static String storyUrl(String template, String story) {
    if (template == null || template.isBlank() || story == null) {
      return null;
    }
    return template.replace("{story}", URLEncoder.encode(story, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "";
  }
}
