package io.wirewatch.formats;

import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import io.wirewatch.text.PlainText;
import java.util.ArrayList;
import java.util.List;

/**
 * NewsML-G2 {@code newsItem}: identity and version from {@code @guid}/{@code @version}; itemMeta
 * (versionCreated, firstCreated, pubStatus, edNote, signal qcodes, provider); contentMeta (urgency,
 * headline, slugline, dateline, by, located, language, subjects; {@code cpnat:geoArea} subjects become
 * places); text from {@code contentSet}: {@code inlineXML} holding NITF ({@code body.content} p's) or
 * XHTML ({@code body} p's), or {@code inlineData} plain text. A non-text item class without text is
 * NOT_TEXT.
 */
public final class NewsMlG2Parser implements WireParser {

  @Override
  public String format() {
    return WireFormat.NEWSML_G2.id();
  }

  @Override
  public List<WireItem> parse(String text) {
    XmlNode root = XmlTree.parse(text);
    return "newsMessage".equals(root.name()) ? unwrap(root) : List.of(item(root));
  }

  /**
   * Every {@code newsItem} of a news message's item sets, each its own item; non-text items (pictures,
   * packages) are skipped. A message without any text item is rejected with the last item's reason.
   */
  private List<WireItem> unwrap(XmlNode message) {
    List<WireItem> items = new ArrayList<>();
    RejectedInputException last = null;
    for (XmlNode newsItem : message.findAll("newsItem")) {
      try {
        items.add(item(newsItem));
      } catch (RejectedInputException e) {
        last = e;
      }
    }
    if (items.isEmpty()) {
      boolean structural = last != null && last.reason() != RejectReason.NOT_TEXT
          && last.reason() != RejectReason.EMPTY_BODY;
      throw structural ? last
          : new RejectedInputException(RejectReason.NOT_TEXT, "NewsML-G2 newsMessage carries no text item");
    }
    return items;
  }

  private WireItem item(XmlNode item) {
    if (!"newsItem".equals(item.name())) {
      throw new RejectedInputException(RejectReason.NOT_TEXT,
          "NewsML-G2 <" + item.name() + "> is not a news item");
    }
    if (item.attr("guid") == null) {
      throw new RejectedInputException(RejectReason.SCHEMA_INVALID, "NewsML-G2 newsItem has no guid");
    }
    ItemBuilder b = new ItemBuilder(format()).uri(item.attr("guid")).version(item.attr("version"));
    b.language(item.attr("lang"));
    XmlNode itemMeta = item.child("itemMeta");
    String itemClass = itemMeta == null ? null : qcode(itemMeta.child("itemClass"));
    if (itemMeta != null) {
      readItemMeta(itemMeta, b);
    }
    readRights(item.child("rightsInfo"), b);
    XmlNode contentMeta = item.child("contentMeta");
    if (contentMeta != null) {
      readContentMeta(contentMeta, b);
    }
    XmlNode contentSet = item.child("contentSet");
    b.body(contentSet == null ? List.of() : paragraphs(contentSet));
    boolean textClass = itemClass == null || itemClass.endsWith(":text");
    if (b.body().isEmpty() && !textClass) {
      throw new RejectedInputException(RejectReason.NOT_TEXT,
          "NewsML-G2 item of class " + itemClass + " carries no text");
    }
    if (b.isEmpty()) {
      throw new RejectedInputException(RejectReason.EMPTY_BODY,
          "NewsML-G2 item has neither headline nor body text");
    }
    return b.build();
  }

  private static void readItemMeta(XmlNode meta, ItemBuilder b) {
    b.versionCreated(Timestamps.parse(XmlNode.textOf(meta.child("versionCreated"))));
    b.firstCreated(Timestamps.parse(XmlNode.textOf(meta.child("firstCreated"))));
    String status = qcode(meta.child("pubStatus"));
    b.pubStatus(status == null ? PubStatus.USABLE : PubStatus.parse(status));
    b.ednote(XmlNode.textOf(meta.child("edNote")));
    for (XmlNode signal : meta.children("signal")) {
      b.signal(qcode(signal));
    }
    XmlNode provider = meta.child("provider");
    if (provider != null) {
      b.agency(firstNonNull(provider.attr("literal"), XmlNode.textOf(provider.child("name")),
          stripScheme(provider.attr("qcode"))));
    }
  }

  private static void readRights(XmlNode rights, ItemBuilder b) {
    XmlNode holder = rights == null ? null : rights.child("copyrightHolder");
    if (holder != null) {
      b.agencyIfAbsent(firstNonNull(holder.attr("literal"), XmlNode.textOf(holder.child("name")),
          Agencies.fromUri(holder.attr("uri")), stripScheme(holder.attr("qcode"))));
    }
    if (rights != null) {
      b.agencyIfAbsent(Agencies.fromNotice(XmlNode.textOf(rights.child("copyrightNotice"))));
    }
  }

  private static void readContentMeta(XmlNode meta, ItemBuilder b) {
    b.urgency(Numbers.intOrNull(XmlNode.textOf(meta.child("urgency"))));
    b.headline(XmlNode.textOf(meta.child("headline")));
    b.slugline(XmlNode.textOf(meta.child("slugline")));
    b.dateline(XmlNode.textOf(meta.child("dateline")));
    b.byline(XmlNode.textOf(meta.child("by")));
    XmlNode located = meta.child("located");
    if (located != null) {
      b.located(firstNonNull(located.attr("literal"), XmlNode.textOf(located.child("name"))));
    }
    for (String role : new String[] {"creator", "infoSource", "contributor"}) {
      for (XmlNode party : meta.children(role)) {
        b.agencyIfAbsent(organisation(party));
      }
    }
    XmlNode language = meta.child("language");
    if (language != null && language.attr("tag") != null) {
      b.language(language.attr("tag"));
    }
    for (XmlNode subject : meta.children("subject")) {
      String name = firstNonNull(XmlNode.textOf(subject.child("name")), subject.attr("literal"));
      if ("cpnat:geoArea".equals(subject.attr("type"))) {
        b.place(name);
      } else {
        b.subject(firstNonNull(subject.attr("qcode"), subject.attr("literal")), name);
      }
    }
  }

  /** Body paragraphs from inlineXML (NITF or XHTML) or inlineData. */
  private static List<String> paragraphs(XmlNode contentSet) {
    for (XmlNode inline : contentSet.children("inlineXML")) {
      XmlNode nitf = inline.find("nitf");
      List<String> paras = nitf != null ? NitfParser.paragraphs(nitf) : xhtmlParagraphs(inline);
      if (!paras.isEmpty()) {
        return paras;
      }
    }
    for (XmlNode data : contentSet.children("inlineData")) {
      List<String> paras = PlainText.paragraphs(data.deepText());
      if (!paras.isEmpty()) {
        return paras;
      }
    }
    return List.of();
  }

  private static List<String> xhtmlParagraphs(XmlNode inline) {
    XmlNode body = inline.find("body");
    XmlNode root = body != null ? body : inline;
    List<String> out = new ArrayList<>();
    collectParagraphs(root, out);
    return out.isEmpty() ? PlainText.paragraphs(root.deepText()) : out;
  }

  /** HTML5 page furniture: genre labels, slug lists and headlines in a header are not body text. */
  private static final java.util.Set<String> NOT_BODY = java.util.Set.of("header", "footer", "nav", "aside", "head");

  private static void collectParagraphs(XmlNode node, List<String> out) {
    for (XmlNode c : node.children()) {
      if ("p".equals(c.name())) {
        String t = c.cleanText();
        if (t != null) {
          out.add(t);
        }
      } else if (!c.isText() && !NOT_BODY.contains(c.name())) {
        collectParagraphs(c, out);
      }
    }
  }

  /** The name of a creator or info source when it is an organisation (a provider code, a known agency); else null. */
  private static String organisation(XmlNode party) {
    String name = firstNonNull(party.attr("literal"), XmlNode.textOf(party.child("name")));
    String qcode = party.attr("qcode");
    String type = party.attr("type");
    if (qcode != null && qcode.startsWith("nprov:")) {
      return firstNonNull(name, stripScheme(qcode));
    }
    if (type != null && type.contains("organi")) {
      return name;
    }
    return Agencies.recognise(name);
  }

  private static String qcode(XmlNode node) {
    return node == null ? null : node.attr("qcode");
  }

  private static String stripScheme(String qcode) {
    return qcode == null ? null : qcode.substring(qcode.indexOf(':') + 1);
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
