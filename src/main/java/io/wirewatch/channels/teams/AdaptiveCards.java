package io.wirewatch.channels.teams;

import static io.wirewatch.channels.Escape.plain;
import static io.wirewatch.channels.Escape.singleLine;
import static io.wirewatch.channels.Escape.truncate;

import io.wirewatch.channels.Escape;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.channels.AlertView;
import io.wirewatch.channels.Escape;
import io.wirewatch.channels.Message;
import io.wirewatch.model.Alert;

/**
 * A Teams workflow-webhook payload: a message with one Adaptive Card (schema 1.4) showing what the Slack
 * message shows. Wire text goes into TextBlocks and FactSet values as JSON strings (built by Jackson) with
 * control characters and bidi controls removed and Markdown escaped (no link, emphasis or heading); mentions in Teams need an {@code msteams.entities} entry, which wirewatch
 * never sends, so copy cannot mention anybody.
 */
public final class AdaptiveCards {
  public static final int DIGEST_SHOWN = 20;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private AdaptiveCards() {}

  public static ObjectNode payload(Message message, String storyUrlTemplate) {
    ObjectNode card = F.objectNode();
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("type", "AdaptiveCard");
    card.put("version", "1.4");
    if (message.digest()) {
      digest(card, message, storyUrlTemplate);
    } else {
      single(card, message.first(), storyUrlTemplate);
    }
    ObjectNode root = F.objectNode().put("type", "message");
    ObjectNode attachment = root.putArray("attachments").addObject();
    attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
    attachment.putNull("contentUrl");
    attachment.set("content", card);
    return root;
  }

  static void single(ObjectNode card, Alert alert, String storyUrlTemplate) {
    AlertView v = AlertView.of(alert, storyUrlTemplate);
    ArrayNode body = card.putArray("body");
    body.add(text(singleLine(truncate(v.headline(), 300))).put("weight", "Bolder").put("size", "Medium"));
    if (v.story() != null) {
      body.add(text(singleLine(truncate(v.story(), 300))).put("isSubtle", true));
    }
    ArrayNode facts = body.addObject().put("type", "FactSet").putArray("facts");
    if (v.change() != null) {
      fact(facts, "What changed", v.change());
    }
    fact(facts, "Severity", v.severity());
    fact(facts, "Agencies", v.agencies().isEmpty() ? "-" : v.agencies());
    fact(facts, "Alert", v.type());
    if (v.text() != null && !v.text().isBlank()) {
      body.add(text(plain(truncate(v.text(), 2000))));
    }
    if (v.sentence() != null && !v.sentence().isBlank()) {
      String source = v.source() == null ? "" : " \u2014 " + singleLine(v.source());
      body.add(text("\u201C" + plain(truncate(v.sentence(), 1500)) + "\u201D" + source).put("isSubtle", true)
          .put("size", "Small"));
    }
    if (v.storyUrl() != null) {
      card.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", "Open the story")
          .put("url", v.storyUrl());
    }
  }

  static void digest(ObjectNode card, Message message, String storyUrlTemplate) {
    int n = message.alerts().size();
    ArrayNode body = card.putArray("body");
    body.add(text("wirewatch digest: " + n + " alerts").put("weight", "Bolder").put("size", "Medium"));
    for (Alert alert : message.alerts().subList(0, Math.min(n, DIGEST_SHOWN))) {
      AlertView v = AlertView.of(alert, storyUrlTemplate);
      ObjectNode container = body.addObject().put("type", "Container").put("separator", true);
      ArrayNode items = container.putArray("items");
      items.add(text("[" + v.severity() + "] " + singleLine(truncate(v.headline(), 300))).put("weight", "Bolder"));
      boolean change = v.change() != null && !v.headline().contains(v.change());
      String detail = (change ? v.change() + " \u00B7 " : "") + v.agencies();
      if (!detail.isBlank()) {
        items.add(text(singleLine(truncate(detail, 400))).put("isSubtle", true));
      }
      if (v.storyUrl() != null) {
        container.putObject("selectAction").put("type", "Action.OpenUrl").put("url", v.storyUrl());
      }
    }
    if (n > DIGEST_SHOWN) {
      body.add(text("and " + (n - DIGEST_SHOWN) + " more").put("isSubtle", true));
    }
  }

  private static ObjectNode text(String text) {
    return F.objectNode().put("type", "TextBlock").put("text", Escape.teams(text)).put("wrap", true);
  }

  private static void fact(ArrayNode facts, String title, String value) {
    facts.addObject().put("title", title).put("value", Escape.teams(singleLine(truncate(value, 400))));
  }
}
