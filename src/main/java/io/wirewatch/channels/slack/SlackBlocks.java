package io.wirewatch.channels.slack;

import static io.wirewatch.channels.Escape.slack;
import static io.wirewatch.channels.Escape.truncate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.channels.AlertView;
import io.wirewatch.channels.Message;
import io.wirewatch.model.Alert;

/**
 * A Slack Block Kit payload for an incoming webhook. Every text object is mrkdwn with {@code verbatim: true}
 * (no automatic linking of channels or URLs) and every piece of wire text has {@code & < >} escaped, so copy
 * that says {@code <!channel>} shows those characters and pings nobody. Texts are cut to Slack's limits
 * before escaping.
 */
public final class SlackBlocks {
  /** Alerts shown one by one in a digest; the rest are counted. */
  public static final int DIGEST_SHOWN = 20;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private SlackBlocks() {}

  public static ObjectNode payload(Message message, String storyUrlTemplate) {
    return message.digest() ? digest(message, storyUrlTemplate) : single(message.first(), storyUrlTemplate);
  }

  static ObjectNode single(Alert alert, String storyUrlTemplate) {
    AlertView v = AlertView.of(alert, storyUrlTemplate);
    ObjectNode root = F.objectNode();
    root.put("text", slack(truncate("[" + v.severity() + "] " + v.headline(), 300)));
    ArrayNode blocks = root.putArray("blocks");
    blocks.add(section("*" + slack(truncate(v.headline(), 280)) + "*"
        + (v.story() == null ? "" : "\n" + slack(truncate(v.story(), 280)))));
    ObjectNode facts = F.objectNode().put("type", "section");
    ArrayNode fields = facts.putArray("fields");
    if (v.change() != null) {
      fields.add(mrkdwn("*What changed*\n" + slack(truncate(v.change(), 400))));
    }
    fields.add(mrkdwn("*Severity*\n" + slack(v.severity())));
    fields.add(mrkdwn("*Agencies*\n" + slack(truncate(v.agencies().isEmpty() ? "-" : v.agencies(), 400))));
    fields.add(mrkdwn("*Alert*\n" + slack(v.type())));
    blocks.add(facts);
    if (v.text() != null && !v.text().isBlank()) {
      blocks.add(section(slack(truncate(v.text(), 2000))));
    }
    if (v.sentence() != null && !v.sentence().isBlank()) {
      String source = v.source() == null ? "" : " \u2014 " + slack(truncate(v.source(), 200));
      ObjectNode context = F.objectNode().put("type", "context");
      context.putArray("elements").add(mrkdwn("\u201C" + slack(truncate(v.sentence(), 1500)) + "\u201D" + source));
      blocks.add(context);
    }
    if (v.storyUrl() != null) {
      blocks.add(section("<" + slack(v.storyUrl()) + "|Open the story>"));
    }
    return root;
  }

  static ObjectNode digest(Message message, String storyUrlTemplate) {
    int n = message.alerts().size();
    ObjectNode root = F.objectNode();
    root.put("text", "wirewatch digest: " + n + " alerts");
    ArrayNode blocks = root.putArray("blocks");
    blocks.add(section("*wirewatch digest: " + n + " alerts*"));
    for (Alert alert : message.alerts().subList(0, Math.min(n, DIGEST_SHOWN))) {
      AlertView v = AlertView.of(alert, storyUrlTemplate);
      StringBuilder line = new StringBuilder("*[" + slack(v.severity()) + "] " + slack(truncate(v.headline(), 280))
          + "*");
      boolean change = v.change() != null && !v.headline().contains(v.change());
      if (change) {
        line.append("\n").append(slack(truncate(v.change(), 200)));
      }
      if (!v.agencies().isEmpty()) {
        line.append(change ? " \u00B7 " : "\n").append(slack(truncate(v.agencies(), 300)));
      }
      if (v.storyUrl() != null) {
        line.append(" \u00B7 <").append(slack(v.storyUrl())).append("|story>");
      }
      blocks.add(section(line.toString()));
    }
    if (n > DIGEST_SHOWN) {
      ObjectNode context = F.objectNode().put("type", "context");
      context.putArray("elements").add(mrkdwn("and " + (n - DIGEST_SHOWN) + " more"));
      blocks.add(context);
    }
    return root;
  }

  private static ObjectNode section(String mrkdwn) {
    ObjectNode s = F.objectNode().put("type", "section");
    s.set("text", mrkdwn(mrkdwn));
    return s;
  }

  private static ObjectNode mrkdwn(String text) {
    return F.objectNode().put("type", "mrkdwn").put("text", text).put("verbatim", true);
  }
}
