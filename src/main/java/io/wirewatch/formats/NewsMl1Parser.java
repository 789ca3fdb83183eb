package io.wirewatch.formats;

import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * NewsML 1.2 ({@code NewsML/NewsEnvelope/NewsItem/NewsComponent}), as AFP and many European agencies
 * still send it. One item per text {@code NewsItem}; a document may hold several. Identity is
 * {@code urn:newsml:<ProviderId>:<DateId>:<NewsItemId>} (the PublicIdentifier without its revision, so
 * every revision shares it); the version is {@code RevisionId}. From {@code NewsManagement}:
 * ThisRevisionCreated (versionCreated), FirstCreated, Status (pubStatus: Usable, Withheld, Canceled),
 * Urgency (else the envelope's Priority), Instruction (e.g. "Correction" gives "sig:correction").
 * From {@code NewsLines}: HeadLine, ByLine, DateLine, SlugLine, and an EditorialNote NewsLine as the
 * editor's note. Text from the first {@code ContentItem/DataContent} holding NITF, XHTML paragraphs or
 * plain text. NewsItems without text are skipped; a document with none is NOT_TEXT.
 */
public final class NewsMl1Parser implements WireParser {

  @Override
  public String format() {
    return WireFormat.NEWSML_1.id();
  }

  @Override
  public List<WireItem> parse(String text) {
    XmlNode root = XmlTree.parse(text);
    if (!"NewsML".equals(root.name())) {
      throw new RejectedInputException(RejectReason.UNKNOWN_FORMAT, "XML root <" + root.name() + "> is not <NewsML>");
    }
    XmlNode envelope = root.child("NewsEnvelope");
    List<WireItem> items = new ArrayList<>();
    RejectedInputException lastRejection = null;
    for (XmlNode newsItem : root.children("NewsItem")) {
      try {
        items.add(item(newsItem, envelope));
      } catch (RejectedInputException e) {
        lastRejection = e;
      }
    }
    if (items.isEmpty()) {
      throw lastRejection != null ? lastRejection
          : new RejectedInputException(RejectReason.SCHEMA_INVALID, "NewsML 1.2 document has no NewsItem");
    }
    return items;
  }

  private WireItem item(XmlNode newsItem, XmlNode envelope) {
    ItemBuilder b = new ItemBuilder(format());
    String provider = readIdentification(newsItem.child("Identification"), b);
    readManagement(newsItem.child("NewsManagement"), envelope, b);
    XmlNode component = newsItem.child("NewsComponent");
    XmlNode lines = component == null ? null : newsLines(component);
    if (component != null) {
      readNewsLines(lines, b);
      readMetadata(component, b);
    }
    readAgency(newsItem, envelope, provider, b);
    b.languageIfAbsent(formalName(newsItem.find("Language")));
    b.languageIfAbsent(langAttribute(newsItem));
    XmlNode content = textContent(newsItem);
    XmlNode nitf = content == null ? null : content.find("nitf");
    if (nitf != null && (b.headline() == null || b.headline().isBlank())) {
      b.headline(NitfParser.headline(nitf));
    }
    b.body(content == null ? List.of() : NewsMl1Content.paragraphs(content));
    if (content == null && b.body().isEmpty() && hasNonTextContent(newsItem)) {
      throw new RejectedInputException(RejectReason.NOT_TEXT, "NewsML 1.2 NewsItem carries no text");
    }
    if (b.isEmpty()) {
      throw new RejectedInputException(RejectReason.EMPTY_BODY, "NewsML 1.2 NewsItem has neither headline nor body text");
    }
    if (!b.hasUri()) {
      b.uri(ContentIds.of("urn:newsml:" + (provider == null ? "unknown" : provider), b.headline(), b.body()));
    }
    return b.build();
  }

  /** Sets uri and version; returns the ProviderId (the agency when nothing better names it). */
  private static String readIdentification(XmlNode identification, ItemBuilder b) {
    XmlNode id = identification == null ? null : identification.child("NewsIdentifier");
    if (id == null) {
      return null; // identity from the content, once it is read
    }
    String provider = XmlNode.textOf(id.child("ProviderId"));
    String dateId = XmlNode.textOf(id.child("DateId"));
    String itemId = XmlNode.textOf(id.child("NewsItemId"));
    String revision = XmlNode.textOf(id.child("RevisionId"));
    if (provider != null && itemId != null) {
      b.uri("urn:newsml:" + provider + ":" + (dateId == null ? "" : dateId) + ":" + itemId);
    } else {
      b.uri(withoutRevision(XmlNode.textOf(id.child("PublicIdentifier"))));
    }
    b.version(revision);
    return provider;
  }

  /** "urn:newsml:afp.com:20220913:TX-1:2" (optionally with an update flag "2A") loses ":2". */
  static String withoutRevision(String publicId) {
    if (publicId == null) {
      return null;
    }
    String[] parts = publicId.split(":");
    return parts.length >= 6 ? String.join(":", java.util.Arrays.copyOf(parts, 5)) : publicId;
  }

  private static void readManagement(XmlNode mgmt, XmlNode envelope, ItemBuilder b) {
    Integer urgency = null;
    if (mgmt != null) {
      b.versionCreated(Timestamps.parse(XmlNode.textOf(mgmt.child("ThisRevisionCreated"))));
      b.firstCreated(Timestamps.parse(XmlNode.textOf(mgmt.child("FirstCreated"))));
      String status = formalName(mgmt.child("Status"));
      b.pubStatus(status == null ? PubStatus.USABLE : PubStatus.parse(status));
      urgency = Numbers.intOrNull(formalName(mgmt.child("Urgency")));
      for (XmlNode instruction : mgmt.children("Instruction")) {
        b.signal(instructionSignal(formalName(instruction)));
      }
    }
    if (envelope != null) {
      if (urgency == null) {
        urgency = Numbers.intOrNull(formalName(envelope.child("Priority")));
      }
      if (mgmt == null || mgmt.child("ThisRevisionCreated") == null) {
        b.versionCreated(Timestamps.parse(XmlNode.textOf(envelope.child("DateAndTime"))));
      }
    }
    b.urgency(urgency);
  }

  static String instructionSignal(String instruction) {
    if (instruction == null) {
      return null;
    }
    String i = instruction.toLowerCase(Locale.ROOT);
    if (i.startsWith("correct") || i.startsWith("rectif")) {
      return "sig:correction";
    }
    if (i.startsWith("kill") || i.startsWith("withdraw") || i.startsWith("cancel")) {
      return "kill";
    }
    return i.startsWith("update") ? "sig:update" : null;
  }

  /**
   * The agency from every place NewsML 1.2 names it, most specific first: the Provider party (read with
   * the metadata), a CopyrightLine anywhere in the item, the Creator party, the ProviderId, the Source
   * party (for press releases the issuer, so it comes late), the envelope's SentFrom party.
   */
  private static void readAgency(XmlNode newsItem, XmlNode envelope, String providerId, ItemBuilder b) {
    for (XmlNode line : newsItem.findAll("CopyrightLine")) {
      b.agencyIfAbsent(Agencies.fromNotice(XmlNode.textOf(line)));
    }
    XmlNode admin = newsItem.find("AdministrativeMetadata");
    b.agencyIfAbsent(formalName(admin == null ? null : admin.path("Creator", "Party")));
    b.agencyIfAbsent(providerId);
    b.agencyIfAbsent(formalName(admin == null ? null : admin.path("Source", "Party")));
    b.agencyIfAbsent(formalName(envelope == null ? null : envelope.path("SentFrom", "Party")));
  }

  /** The first xml:lang on a NewsComponent, or null. */
  private static String langAttribute(XmlNode node) {
    for (XmlNode c : node.findAll("NewsComponent")) {
      if (c.attr("lang") != null) {
        return c.attr("lang");
      }
      String inner = langAttribute(c);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  /** The first NewsLines (depth first) that carries a headline, else the first at all. */
  private static XmlNode newsLines(XmlNode component) {
    List<XmlNode> all = component.findAll("NewsLines");
    for (XmlNode lines : all) {
      if (XmlNode.textOf(lines.child("HeadLine")) != null) {
        return lines;
      }
    }
    return all.isEmpty() ? component.find("NewsLines") : all.get(0);
  }

  private static void readNewsLines(XmlNode lines, ItemBuilder b) {
    if (lines == null) {
      return;
    }
    b.headline(XmlNode.textOf(lines.child("HeadLine")));
    b.byline(XmlNode.textOf(lines.child("ByLine")));
    b.dateline(XmlNode.textOf(lines.child("DateLine")));
    b.slugline(XmlNode.textOf(lines.child("SlugLine")));
    for (XmlNode line : lines.children("NewsLine")) {
      String type = formalName(line.child("NewsLineType"));
      if (type != null && type.toLowerCase(Locale.ROOT).replace(" ", "").contains("editorialnote")) {
        b.ednote(XmlNode.textOf(line.child("NewsLineText")));
      }
    }
  }

  private static void readMetadata(XmlNode component, ItemBuilder b) {
    XmlNode admin = component.child("AdministrativeMetadata");
    XmlNode party = admin == null ? null : admin.path("Provider", "Party");
    if (party != null) {
      b.agency(formalName(party));
    }
    XmlNode descriptive = component.child("DescriptiveMetadata");
    if (descriptive == null) {
      return;
    }
    b.language(formalName(descriptive.child("Language")));
    for (XmlNode subject : descriptive.findAll("Subject")) {
      String code = formalName(subject);
      b.subject(code == null ? null : "subj:" + code, null);
    }
    for (XmlNode property : descriptive.findAll("Property")) {
      String name = property.attr("FormalName");
      if (name != null && List.of("country", "city", "countryarea", "location").contains(name.toLowerCase(Locale.ROOT))) {
        b.place(property.attr("Value"));
      }
    }
  }

  /**
   * The body's DataContent: among ContentItems that hold text (MediaType Text or unstated, a text MIME
   * type other than CSS, or NITF inside "ComplexData"), the one in a component whose Role is the body
   * (Main, Body, Text), else the first not in a headline, caption, contact or logo component.
   */
  private static XmlNode textContent(XmlNode newsItem) {
    List<RoledContent> candidates = new ArrayList<>();
    collectText(newsItem, null, candidates);
    for (RoledContent c : candidates) {
      if (c.role() != null && BODY_ROLES.contains(c.role())) {
        return c.data();
      }
    }
    for (RoledContent c : candidates) {
      if (c.role() == null || !SIDE_ROLES.contains(c.role())) {
        return c.data();
      }
    }
    return candidates.isEmpty() ? null : candidates.get(0).data();
  }

  private record RoledContent(String role, XmlNode data) {}

  private static final java.util.Set<String> BODY_ROLES = java.util.Set.of("main", "body", "text", "maintext");
  private static final java.util.Set<String> SIDE_ROLES = java.util.Set.of("headline", "subheadline",
      "caption", "contact", "logo", "video", "photo", "picture", "image", "summary", "abstract");

  private static void collectText(XmlNode node, String role, List<RoledContent> out) {
    for (XmlNode child : node.children()) {
      if ("NewsComponent".equals(child.name())) {
        String r = formalName(child.child("Role"));
        collectText(child, r == null ? role : r.toLowerCase(Locale.ROOT).replace(" ", ""), out);
      } else if ("ContentItem".equals(child.name())) {
        XmlNode data = child.child("DataContent");
        if (data != null && isText(child, data)) {
          out.add(new RoledContent(role, data));
        }
      } else if (!child.isText()) {
        collectText(child, role, out);
      }
    }
  }

  private static boolean isText(XmlNode contentItem, XmlNode data) {
    String media = formalName(contentItem.child("MediaType"));
    String mime = formalName(contentItem.child("MimeType"));
    if (mime != null && mime.toLowerCase(Locale.ROOT).contains("css")) {
      return false;
    }
    return media == null || media.equalsIgnoreCase("Text") || data.find("nitf") != null
        || (mime != null && (mime.startsWith("text/") || mime.contains("xhtml") || mime.contains("nitf")));
  }

  private static boolean hasNonTextContent(XmlNode newsItem) {
    return !newsItem.findAll("ContentItem").isEmpty();
  }

  private static String formalName(XmlNode node) {
    return node == null ? null : node.attr("FormalName");
  }
}
