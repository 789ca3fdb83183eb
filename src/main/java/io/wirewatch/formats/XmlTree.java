package io.wirewatch.formats;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Builds an {@link XmlNode} tree from a document with the hardened {@link SafeXml} reader. */
final class XmlTree {
  static final int MAX_DEPTH = 256;

  private XmlTree() {}

  /** The root element; throws DTD_FORBIDDEN or MALFORMED_XML. */
  static XmlNode parse(String xml) {
    XMLStreamReader r = SafeXml.open(xml);
    Deque<List<XmlNode>> open = new ArrayDeque<>();
    Deque<String> heads = new ArrayDeque<>();
    Deque<Map<String, String>> attrs = new ArrayDeque<>();
    List<XmlNode> top = new ArrayList<>();
    open.push(top);
    try {
      while (r.hasNext()) {
        switch (r.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            if (heads.size() >= MAX_DEPTH) {
              throw new RejectedInputException(RejectReason.MALFORMED_XML,
                  "XML nested deeper than " + MAX_DEPTH + " elements");
            }
            heads.push(r.getLocalName());
            attrs.push(attributes(r));
            open.push(new ArrayList<>());
          }
          case XMLStreamConstants.END_ELEMENT -> {
            List<XmlNode> children = open.pop();
            XmlNode node = new XmlNode(heads.pop(), attrs.pop(), List.copyOf(children), null);
            open.peek().add(node);
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (!heads.isEmpty()) {
              open.peek().add(new XmlNode(XmlNode.TEXT, Map.of(), List.of(), r.getText()));
            }
          }
          default -> { }
        }
      }
    } catch (XMLStreamException e) {
      throw SafeXml.malformed(e);
    } finally {
      SafeXml.close(r);
    }
    if (top.isEmpty()) {
      throw new RejectedInputException(RejectReason.MALFORMED_XML, "malformed XML: no root element");
    }
    return top.get(0);
  }

  private static Map<String, String> attributes(XMLStreamReader r) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      map.putIfAbsent(r.getAttributeLocalName(i), r.getAttributeValue(i));
    }
    return map;
  }
}
