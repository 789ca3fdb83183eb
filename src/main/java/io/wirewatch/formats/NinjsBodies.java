package io.wirewatch.formats;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.text.HtmlText;
import io.wirewatch.text.PlainText;
import java.util.List;
import java.util.Locale;

/** Choosing the headline and body of a ninjs item among its spellings and renditions. */
final class NinjsBodies {
  private NinjsBodies() {}

  /** {@code headline} (1.x; {@code headline_main} in 1.6's pattern fields), else the main (else first) of {@code headlines}, else {@code title}. */
  static String headline(JsonNode root) {
    String single = NinjsJson.text(root, "headline", "headline_main");
    if (single != null) {
      return single;
    }
    JsonNode chosen = pick(root.path("headlines"), false);
    String multi = chosen == null ? null : NinjsJson.text(chosen, "value");
    return multi != null ? multi : NinjsJson.text(root, "title");
  }

  /** Body paragraphs from {@code bodies}, the 1.x body fields, or a description as a last resort. */
  static List<String> body(JsonNode root) {
    JsonNode chosen = pick(root.path("bodies"), true);
    if (chosen != null) {
      List<String> paras = render(NinjsJson.text(chosen, "value"), contentType(chosen));
      if (!paras.isEmpty()) {
        return paras;
      }
    }
    List<String> legacy = PlainText.paragraphs(NinjsJson.text(root, "body_text", "body_main"));
    if (legacy.isEmpty()) {
      legacy = HtmlText.paragraphs(NinjsJson.text(root, "body_html", "body_xhtml", "body_richtext"));
    }
    if (!legacy.isEmpty()) {
      return legacy;
    }
    JsonNode description = pick(root.path("descriptions"), true);
    if (description != null) {
      return render(NinjsJson.text(description, "value"), contentType(description));
    }
    return PlainText.paragraphs(NinjsJson.text(root, "description_text"));
  }

  /**
   * The entry with role "main"; otherwise (for bodies) the first text/plain, then the first HTML
   * entry; otherwise the first entry. Null when the array is empty or absent.
   */
  private static JsonNode pick(JsonNode array, boolean preferPlain) {
    if (!array.isArray() || array.isEmpty()) {
      return null;
    }
    for (JsonNode n : array) {
      if ("main".equalsIgnoreCase(NinjsJson.text(n, "role")) && NinjsJson.text(n, "value") != null) {
        return n;
      }
    }
    if (preferPlain) {
      for (String type : new String[] {"text/plain", "html"}) {
        for (JsonNode n : array) {
          if (contentType(n).contains(type) && NinjsJson.text(n, "value") != null) {
            return n;
          }
        }
      }
    }
    return array.get(0);
  }

  private static String contentType(JsonNode n) {
    String t = NinjsJson.text(n, "contenttype", "contentType");
    return t == null ? "text/plain" : t.toLowerCase(Locale.ROOT);
  }

  private static List<String> render(String value, String contentType) {
    if (value == null) {
      return List.of();
    }
    if (contentType.contains("nitf") || value.stripLeading().startsWith("<?xml")
        || value.stripLeading().startsWith("<nitf")) {
      List<String> nitf = nitfParagraphs(value);
      if (!nitf.isEmpty()) {
        return nitf;
      }
    }
    return contentType.startsWith("text/plain") ? PlainText.paragraphs(value) : HtmlText.paragraphs(value);
  }

  /** The body.content paragraphs of an embedded NITF document (ninjs 3 "text/vnd.IPTC.NITF"); empty if unreadable. */
  private static List<String> nitfParagraphs(String value) {
    try {
      XmlNode root = XmlTree.parse(value.strip());
      return "nitf".equals(root.name()) ? NitfParser.paragraphs(root) : List.of();
    } catch (RejectedInputException e) {
      return List.of();
    }
  }
}
