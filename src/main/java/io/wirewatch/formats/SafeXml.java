package io.wirewatch.formats;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Hardened StAX: DTDs, external entities and entity replacement are switched off, and any DOCTYPE is
 * refused outright ({@link RejectReason#DTD_FORBIDDEN}), so XXE and entity-expansion bombs are rejected
 * before anything is expanded or fetched. Well-formedness errors become {@link RejectReason#MALFORMED_XML}
 * with line and column.
 */
public final class SafeXml {
  static final String DTD_MESSAGE = "XML DOCTYPE not allowed (DTDs and entities are refused)";
  private static final XMLInputFactory FACTORY = newFactory();

  private SafeXml() {}

  /** A hardened factory (the JDK's own implementation, whatever else is on the class path). */
  public static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXMLResolver((publicId, systemId, base, ns) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    return f;
  }

  /**
   * A reader over the document whose events pass a guard: a DTD or an entity reference throws
   * DTD_FORBIDDEN as soon as it is reached.
   */
  public static XMLStreamReader open(String xml) {
    refuseDoctype(xml);
    try {
      XMLStreamReader raw;
      synchronized (FACTORY) {
        raw = FACTORY.createXMLStreamReader(new StringReader(xml));
      }
      return FACTORY.createFilteredReader(raw, r -> {
        int event = r.getEventType();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
            || event == XMLStreamConstants.ENTITY_DECLARATION) {
          throw new RejectedInputException(RejectReason.DTD_FORBIDDEN, DTD_MESSAGE);
        }
        return true;
      });
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
  }

  /** The local name of the root element; throws for DOCTYPEs and for XML that breaks before the root. */
  public static String rootElement(String xml) {
    XMLStreamReader r = open(xml);
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          return r.getLocalName();
        }
      }
      throw new RejectedInputException(RejectReason.MALFORMED_XML, "malformed XML: no root element");
    } catch (XMLStreamException e) {
      throw malformed(e);
    } finally {
      close(r);
    }
  }

  /** The MALFORMED_XML rejection for a StAX error, naming line and column. */
  public static RejectedInputException malformed(XMLStreamException e) {
    Location loc = e.getLocation();
    String where = loc == null ? "" : " at line " + loc.getLineNumber() + ", column " + loc.getColumnNumber();
    String detail = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[[^]]*]\\s*Message:\\s*", "");
    return new RejectedInputException(RejectReason.MALFORMED_XML, "malformed XML" + where + ": " + detail.strip(), e);
  }

  static void close(XMLStreamReader r) {
    try {
      r.close();
    } catch (XMLStreamException ignored) {
      // nothing was opened that needs closing: the reader reads a String
    }
  }

  /**
   * The document without a DOCTYPE declaration that only names an external DTD ({@code <!DOCTYPE
   * NewsML PUBLIC "..." "NewsMLv1.2.dtd">}): such a DTD is never fetched, so dropping the declaration
   * changes nothing but lets the document through. So is an internal subset that only pulls in external
   * DTD files through parameter entities. Any other internal subset ({@code [...]}) is left in place,
   * and refused when parsed. An entity reference that needed the DTD is still
   * refused as DTD_FORBIDDEN.
   */
  public static String withoutExternalDoctype(String xml) {
    int root = firstElementStart(xml);
    int start = xml.indexOf("<!DOCTYPE");
    if (start < 0 || (root >= 0 && start > root)) {
      return xml;
    }
    char quote = 0;
    for (int i = start + 9; i < xml.length(); i++) {
      char c = xml.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        int close = xml.indexOf("]", i);
        int end = close < 0 ? -1 : xml.indexOf('>', close);
        if (end < 0 || !onlyExternalParameterEntities(xml.substring(i + 1, close))) {
          return xml;
        }
        return xml.substring(0, start) + xml.substring(end + 1);
      } else if (c == '>') {
        return xml.substring(0, start) + xml.substring(i + 1);
      }
    }
    return xml;
  }

  /**
   * An internal subset that only declares parameter entities pointing at external DTD files and
   * references them ({@code <!ENTITY % nitf SYSTEM "nitf.dtd"> %nitf;}, as NewsML 1.x documents do to
   * pull in NITF's DTD): nothing of it is needed to read the document. Any general entity, or a
   * parameter entity with a literal value, makes the subset count as content, and the DOCTYPE is refused.
   */
  private static boolean onlyExternalParameterEntities(String subset) {
    String rest = subset.replaceAll("(?s)<!--.*?-->", " ")
        .replaceAll("<!ENTITY\\s+%\\s+[\\w.-]+\\s+(?:SYSTEM\\s+(?:\"[^\"<>]*\"|'[^'<>]*')"
            + "|PUBLIC\\s+(?:\"[^\"<>]*\"|'[^'<>]*')\\s+(?:\"[^\"<>]*\"|'[^'<>]*'))\\s*>", " ")
        .replaceAll("%[\\w.-]+;", " ");
    return rest.isBlank();
  }

  /** Cheap pre-check: a DOCTYPE may only appear in the prolog, so look there before parsing. */
  private static void refuseDoctype(String xml) {
    int root = firstElementStart(xml);
    int limit = root < 0 ? xml.length() : root;
    if (xml.substring(0, limit).contains("<!DOCTYPE") || xml.substring(0, limit).contains("<!doctype")) {
      throw new RejectedInputException(RejectReason.DTD_FORBIDDEN, DTD_MESSAGE);
    }
  }

  private static int firstElementStart(String xml) {
    for (int i = xml.indexOf('<'); i >= 0 && i + 1 < xml.length(); i = xml.indexOf('<', i + 1)) {
      char c = xml.charAt(i + 1);
      if (Character.isLetter(c) || c == '_') {
        return i;
      }
    }
    return -1;
  }
}
