package io.wirewatch.formats;

import io.wirewatch.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small read-only XML tree (built with {@link SafeXml}) for navigating G2 and NITF documents by
 * local name. Text nodes have the name {@link #TEXT} and carry their text; elements carry attributes
 * by local name and children in document order.
 */
record XmlNode(String name, Map<String, String> attrs, List<XmlNode> children, String text) {
  static final String TEXT = "#text";

  boolean isText() {
    return TEXT.equals(name);
  }

  String attr(String localName) {
    String v = attrs.get(localName);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The first child element with this local name, or null. */
  XmlNode child(String localName) {
    for (XmlNode c : children) {
      if (localName.equals(c.name)) {
        return c;
      }
    }
    return null;
  }

  /** Child elements with this local name. */
  List<XmlNode> children(String localName) {
    List<XmlNode> out = new ArrayList<>();
    for (XmlNode c : children) {
      if (localName.equals(c.name)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Follows a path of child names; null when any step is missing. */
  XmlNode path(String... names) {
    XmlNode n = this;
    for (String name : names) {
      n = n == null ? null : n.child(name);
    }
    return n;
  }

  /** The first descendant element (depth first) with this local name, or null. */
  XmlNode find(String localName) {
    for (XmlNode c : children) {
      if (localName.equals(c.name)) {
        return c;
      }
      XmlNode hit = c.isText() ? null : c.find(localName);
      if (hit != null) {
        return hit;
      }
    }
    return null;
  }

  /** All descendant elements with this local name, in document order, not descending into hits. */
  List<XmlNode> findAll(String localName) {
    List<XmlNode> out = new ArrayList<>();
    collect(localName, out);
    return out;
  }

  private void collect(String localName, List<XmlNode> out) {
    for (XmlNode c : children) {
      if (localName.equals(c.name)) {
        out.add(c);
      } else if (!c.isText()) {
        c.collect(localName, out);
      }
    }
  }

  /** All text below this node, concatenated in order. */
  String deepText() {
    if (isText()) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    appendText(sb);
    return sb.toString();
  }

  private void appendText(StringBuilder sb) {
    for (XmlNode c : children) {
      if (c.isText()) {
        sb.append(c.text);
      } else {
        c.appendText(sb);
      }
    }
  }

  /** All text below this node on one line; null when blank. */
  String cleanText() {
    String t = PlainText.collapse(deepText());
    return t.isEmpty() ? null : t;
  }

  /** Text of a child element on one line, or null. */
  static String textOf(XmlNode node) {
    return node == null ? null : node.cleanText();
  }
}
