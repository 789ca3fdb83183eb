package io.wirewatch.channels.email;

import static io.wirewatch.channels.Escape.plain;
import static io.wirewatch.channels.Escape.singleLine;
import static io.wirewatch.channels.Escape.truncate;

import io.wirewatch.channels.AlertView;
import io.wirewatch.channels.Escape;
import io.wirewatch.channels.Message;
import io.wirewatch.model.Alert;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The subject, plain-text part and HTML part of an alert mail or a digest mail. The subject is one line
 * (no CR/LF from the wire can add a header); every piece of wire text in the HTML part is HTML-escaped.
 */
public final class MailContent {
  private MailContent() {}

  public static String subject(String prefix, Message message) {
    String s = message.digest() ? "digest: " + message.alerts().size() + " alerts"
        : message.first().severity().id().toUpperCase(Locale.ROOT) + ": "
            + AlertView.of(message.first(), "").headline();
    return truncate(singleLine(prefix.isBlank() ? s : prefix + " " + s), 200);
  }

  public static String text(Message message, String storyUrl) {
    List<String> parts = new ArrayList<>();
    for (Alert alert : message.alerts()) {
      parts.add(text(AlertView.of(alert, storyUrl)));
    }
    String intro = message.digest() ? "wirewatch digest: " + message.alerts().size() + " alerts\n\n" : "";
    return intro + String.join("\n----\n\n", parts);
  }

  static String text(AlertView v) {
    StringBuilder b = new StringBuilder();
    b.append(singleLine(v.headline())).append('\n');
    if (v.story() != null) {
      b.append(singleLine(v.story())).append('\n');
    }
    b.append('\n');
    if (v.change() != null) {
      b.append("What changed: ").append(singleLine(v.change())).append('\n');
    }
    b.append("Severity: ").append(v.severity()).append('\n');
    b.append("Agencies: ").append(singleLine(v.agencies())).append('\n');
    b.append("Alert: ").append(v.type()).append('\n');
    if (v.text() != null && !v.text().isBlank()) {
      b.append('\n').append(plain(v.text())).append('\n');
    }
    if (v.sentence() != null && !v.sentence().isBlank()) {
      b.append('\n').append('\u201C').append(singleLine(v.sentence())).append('\u201D');
      b.append(v.source() == null ? "" : " \u2014 " + singleLine(v.source())).append('\n');
    }
    if (v.storyUrl() != null) {
      b.append("\nStory: ").append(v.storyUrl()).append('\n');
    }
    return b.toString();
  }

  public static String html(Message message, String storyUrl) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><body style=\"font-family:sans-serif\">\n");
    if (message.digest()) {
      b.append("<h2>wirewatch digest: ").append(message.alerts().size()).append(" alerts</h2>\n");
    }
    for (Alert alert : message.alerts()) {
      section(b, AlertView.of(alert, storyUrl), message.digest() ? "h3" : "h2");
    }
    return b.append("</body></html>\n").toString();
  }

  private static void section(StringBuilder b, AlertView v, String h) {
    b.append('<').append(h).append('>').append(Escape.html(v.headline())).append("</").append(h).append(">\n");
    if (v.story() != null) {
      b.append("<p><em>").append(Escape.html(v.story())).append("</em></p>\n");
    }
    b.append("<table>\n");
    if (v.change() != null) {
      row(b, "What changed", v.change());
    }
    row(b, "Severity", v.severity());
    row(b, "Agencies", v.agencies());
    row(b, "Alert", v.type());
    b.append("</table>\n");
    if (v.text() != null && !v.text().isBlank()) {
      b.append("<p>").append(Escape.html(v.text())).append("</p>\n");
    }
    if (v.sentence() != null && !v.sentence().isBlank()) {
      b.append("<blockquote>").append(Escape.html(v.sentence())).append("</blockquote>\n");
      if (v.source() != null) {
        b.append("<p><small>").append(Escape.html(v.source())).append("</small></p>\n");
      }
    }
    if (v.storyUrl() != null) {
      b.append("<p><a href=\"").append(Escape.html(v.storyUrl())).append("\">Open the story</a></p>\n");
    }
  }

  private static void row(StringBuilder b, String name, String value) {
    b.append("<tr><th align=\"left\">").append(name).append("</th><td>").append(Escape.html(value)).append("</td></tr>\n");
  }
}
