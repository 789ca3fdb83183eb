package io.wirewatch.formats;

import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import io.wirewatch.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Standalone NITF 3.x. Identity from {@code docdata/doc-id/@id-string}, else {@code du-key/@key}, else a
 * hash of headline and body (AP files carry a doc-id without an id-string); version from
 * {@code du-key/@version}, version time from {@code date.issue/@norm}, status from
 * {@code docdata/@management-status}, first version time from {@code meta name="firstcreated"},
 * urgency from {@code urgency/@ed-urg}, headline from {@code hedline/hl1} (else {@code title}),
 * {@code ed-msg} as editor's note, {@code series} as a signal, {@code tobject.subject/@refnum} as
 * "subj:" codes, agency from {@code doc-id/@regsrc}, else the copyright holder, rights owner, distributor
 * or delivery source. The body
 * helpers are reused for NITF inside NewsML-G2 {@code inlineXML}.
 */
public final class NitfParser implements WireParser {

  @Override
  public String format() {
    return WireFormat.NITF.id();
  }

  @Override
  public List<WireItem> parse(String text) {
    XmlNode nitf = XmlTree.parse(text);
    if (!"nitf".equals(nitf.name())) {
      throw new RejectedInputException(RejectReason.UNKNOWN_FORMAT, "XML root <" + nitf.name() + "> is not <nitf>");
    }
    XmlNode head = nitf.child("head");
    XmlNode docdata = head == null ? null : head.child("docdata");
    ItemBuilder b = new ItemBuilder(format());
    if (docdata != null) {
      readDocdata(docdata, b);
    }
    if (head != null) {
      readHead(head, b);
    }
    XmlNode bodyHead = nitf.path("body", "body.head");
    String headline = headline(nitf);
    b.headline(headline != null ? headline : XmlNode.textOf(head == null ? null : head.child("title")));
    if (bodyHead != null) {
      b.byline(XmlNode.textOf(bodyHead.child("byline")));
      XmlNode dateline = bodyHead.child("dateline");
      XmlNode location = dateline == null ? null : dateline.child("location");
      b.dateline(XmlNode.textOf(location != null ? location : dateline));
      b.located(XmlNode.textOf(location == null ? null : location.child("city")));
    }
    b.language(nitf.attr("baselang"));
    b.languageIfAbsent(nitf.attr("lang"));
    b.body(paragraphs(nitf));
    readRights(nitf, docdata, b);
    if (!b.hasUri()) {
      b.uri(ContentIds.of("nitf", b.headline(), b.body()));
    }
    if (b.isEmpty()) {
      throw new RejectedInputException(RejectReason.EMPTY_BODY, "NITF document has neither headline nor body text");
    }
    return List.of(b.build());
  }

  private static void readDocdata(XmlNode docdata, ItemBuilder b) {
    XmlNode docId = docdata.child("doc-id");
    if (docId != null) {
      b.uri(docId.attr("id-string"));
      b.agency(docId.attr("regsrc"));
    }
    String status = docdata.attr("management-status");
    b.pubStatus(status == null ? PubStatus.USABLE : PubStatus.parse(status));
    XmlNode urgency = docdata.child("urgency");
    b.urgency(urgency == null ? null : Numbers.intOrNull(urgency.attr("ed-urg")));
    XmlNode issue = docdata.child("date.issue");
    b.versionCreated(issue == null ? null : Timestamps.parse(issue.attr("norm")));
    XmlNode duKey = docdata.child("du-key");
    if (duKey != null) {
      b.version(duKey.attr("version"));
      b.slugline(duKey.attr("key"));
      if (!b.hasUri() && duKey.attr("key") != null) {
        b.uri("nitf:du-key:" + duKey.attr("key"));
      }
    }
    XmlNode edMsg = docdata.child("ed-msg");
    b.ednote(edMsg == null ? null : edMsg.attr("info"));
    for (XmlNode series : docdata.children("series")) {
      if (series.attr("series.name") != null) {
        b.signal("series:" + series.attr("series.name").toLowerCase(Locale.ROOT));
      }
    }
  }

  /**
   * The agency from every place NITF names it, in order of trust: doc-id regsrc (read above), the
   * copyright holder, the rights owner or provider, the distributor, the delivery list's first source.
   */
  private static void readRights(XmlNode nitf, XmlNode docdata, ItemBuilder b) {
    if (docdata != null) {
      XmlNode copyright = docdata.child("doc.copyright");
      b.agencyIfAbsent(copyright == null ? null : copyright.attr("holder"));
      XmlNode rights = docdata.child("doc.rights");
      if (rights != null) {
        b.agencyIfAbsent(rights.attr("owner")).agencyIfAbsent(rights.attr("provider"));
      }
    }
    XmlNode bodyHead = nitf.path("body", "body.head");
    if (bodyHead != null) {
      b.agencyIfAbsent(XmlNode.textOf(bodyHead.find("rights.owner")));
      b.agencyIfAbsent(XmlNode.textOf(bodyHead.child("distributor")));
    }
    XmlNode from = docdata == null ? null : docdata.find("from-src");
    b.agencyIfAbsent(from == null ? null : from.attr("src-name"));
  }

  private static void readHead(XmlNode head, ItemBuilder b) {
    for (XmlNode meta : head.children("meta")) {
      if ("firstcreated".equalsIgnoreCase(meta.attr("name"))) {
        b.firstCreated(Timestamps.parse(meta.attr("content")));
      }
    }
    for (XmlNode subject : head.findAll("tobject.subject")) {
      String refnum = subject.attr("tobject.subject.refnum");
      b.subject(refnum == null ? null : "subj:" + refnum, subject.attr("tobject.subject.matter"));
    }
  }

  /** The {@code hedline/hl1} text of a NITF element, or null. */
  static String headline(XmlNode nitf) {
    XmlNode hedline = nitf.find("hedline");
    if (hedline == null) {
      return null;
    }
    XmlNode hl1 = hedline.child("hl1");
    return XmlNode.textOf(hl1 != null ? hl1 : hedline);
  }

  /** The paragraphs of {@code body.content} (its {@code p} elements, else its text). */
  static List<String> paragraphs(XmlNode nitf) {
    XmlNode content = nitf.find("body.content");
    if (content == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (XmlNode p : content.findAll("p")) {
      String t = p.cleanText();
      if (t != null) {
        out.add(t);
      }
    }
    return out.isEmpty() ? PlainText.paragraphs(content.deepText()) : out;
  }
}
