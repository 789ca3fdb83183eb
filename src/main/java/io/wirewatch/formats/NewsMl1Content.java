package io.wirewatch.formats;

import io.wirewatch.text.HtmlText;
import io.wirewatch.text.PlainText;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a NewsML 1.2 {@code DataContent}: NITF ({@code body.content} paragraphs), XHTML or other
 * markup with {@code p} elements, or plain text (which may itself be escaped HTML).
 */
final class NewsMl1Content {
  private NewsMl1Content() {}

  static List<String> paragraphs(XmlNode dataContent) {
    XmlNode nitf = dataContent.find("nitf");
    if (nitf != null) {
      return NitfParser.paragraphs(nitf);
    }
    List<String> out = new ArrayList<>();
    for (XmlNode p : dataContent.findAll("p")) {
      String t = p.cleanText();
      if (t != null) {
        out.add(t);
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    String text = dataContent.deepText();
    return HtmlText.hasMarkup(text) ? HtmlText.paragraphs(text) : PlainText.paragraphs(text);
  }
}
