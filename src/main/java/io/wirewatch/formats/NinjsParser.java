package io.wirewatch.formats;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ninjs 1.x, 2.x and 3.x (one instance per major version; field names are read in both the lower-case
 * 1.x/2.x and the camelCase 3.x spelling). Headline from {@code headline} or the main (else first)
 * of {@code headlines}; body from {@code bodies} (main role, else plain text, else HTML) or
 * {@code body_text}/{@code body_html}/{@code body_xhtml}, falling back to a text description. Items
 * without a uri use their {@code guid} (ninjs 1.x allows either); items with neither are SCHEMA_INVALID; non-text types (picture, video, ...) without a text body are NOT_TEXT.
 * ninjs 3.x in full: {@code versionCreated}, {@code firstCreated} (else {@code contentCreated}),
 * {@code pubStatus}, {@code edNote}, {@code copyrightHolder} or {@code rightsInfo}, {@code infoSources},
 * {@code embargoed} (signal "embargoed") and NITF bodies ({@code text/vnd.IPTC.NITF}).
 */
public final class NinjsParser implements WireParser {
  private static final Set<String> NON_TEXT =
      Set.of("picture", "video", "audio", "graphic", "composite", "component", "event", "planning");
  private static final String MEDIATOPIC = "http://cv.iptc.org/newscodes/mediatopic/";
  private static final String SUBJECTCODE = "http://cv.iptc.org/newscodes/subjectcode/";

  private final WireFormat format;

  /** A parser writing the given ninjs format id (NINJS_1, NINJS_2 or NINJS_3). */
  public NinjsParser(WireFormat format) {
    if (!format.id().startsWith("ninjs-")) {
      throw new IllegalArgumentException("not a ninjs format: " + format);
    }
    this.format = format;
  }

  @Override
  public String format() {
    return format.id();
  }

  @Override
  public List<WireItem> parse(String text) {
    JsonNode root = NinjsJson.read(text);
    if (!root.isObject()) {
      throw new RejectedInputException(RejectReason.SCHEMA_INVALID, "ninjs item must be a JSON object");
    }
    String uri = NinjsJson.text(root, "uri");
    if (uri == null) {
      uri = NinjsJson.text(root, "guid");
    }
    if (uri == null) {
      throw new RejectedInputException(RejectReason.SCHEMA_INVALID, "ninjs item has neither uri nor guid");
    }
    ItemBuilder b = new ItemBuilder(format()).uri(uri)
        .version(NinjsJson.text(root, "version"))
        .versionCreated(Timestamps.parse(NinjsJson.text(root, "versioncreated", "versionCreated")))
        .firstCreated(Timestamps.parse(
            NinjsJson.text(root, "firstcreated", "firstCreated", "contentcreated", "contentCreated")))
        .pubStatus(PubStatus.parse(NinjsJson.text(root, "pubstatus", "pubStatus")))
        .language(NinjsJson.text(root, "language"))
        .slugline(NinjsJson.text(root, "slugline"))
        .located(NinjsJson.text(root, "located"))
        .byline(NinjsJson.text(root, "by", "byline"))
        .ednote(NinjsJson.text(root, "ednote", "edNote"))
        .headline(NinjsBodies.headline(root))
        .body(NinjsBodies.body(root));
    JsonNode urgency = root.path("urgency");
    b.urgency(urgency.canConvertToInt() ? Integer.valueOf(urgency.asInt()) : Numbers.intOrNull(urgency.asText(null)));
    b.agency(agency(root, uri));
    if (NinjsJson.text(root, "embargoed", "embargoedUntil", "embargoeduntil") != null) {
      b.signal("embargoed");
    }
    readSubjects(NinjsJson.field(root, "subjects", "subject"), b);
    for (JsonNode place : NinjsJson.field(root, "places", "place")) {
      b.place(NinjsJson.text(place, "name", "literal"));
    }
    String type = NinjsJson.text(root, "type");
    if (type != null && NON_TEXT.contains(type.toLowerCase(Locale.ROOT)) && b.body().isEmpty()) {
      throw new RejectedInputException(RejectReason.NOT_TEXT, "ninjs item of type " + type + " carries no text");
    }
    if (b.isEmpty()) {
      throw new RejectedInputException(RejectReason.EMPTY_BODY, "ninjs item has neither headline nor body text");
    }
    return List.of(b.build());
  }

  private static String agency(JsonNode root, String uri) {
    String holder = NinjsJson.text(root, "copyrightholder", "copyrightHolder");
    if (holder != null) {
      return holder;
    }
    JsonNode rights = NinjsJson.field(root, "rightsInfo", "rightsinfo");
    String rightsHolder = rights.isObject() ? holderName(NinjsJson.field(rights, "copyrightHolder", "copyrightholder"))
        : null;
    if (rightsHolder != null) {
      return rightsHolder;
    }
    JsonNode provider = root.path("provider");
    String name = provider.isObject() ? NinjsJson.text(provider, "name", "literal") : NinjsJson.text(root, "provider");
    if (name != null) {
      return name;
    }
    for (JsonNode source : NinjsJson.field(root, "infoSources", "infosources", "infosource")) {
      String role = NinjsJson.text(source, "role");
      String sourceName = NinjsJson.text(source, "name", "literal");
      if (sourceName != null && (role == null || role.contains("source") || role.contains("origin"))) {
        return sourceName;
      }
    }
    String source = NinjsJson.text(root, "source");
    if (source != null) {
      return source;
    }
    String notice = Agencies.fromNotice(NinjsJson.text(root, "copyrightnotice", "copyrightNotice"));
    if (notice != null) {
      return notice;
    }
    String byAgency = Agencies.recognise(NinjsJson.text(root, "by", "byline"));
    if (byAgency != null) {
      return byAgency;
    }
    String known = Agencies.fromUri(uri);
    return known != null ? known : Agencies.hostOf(uri);
  }

  /** A holder given as a string or as an object with a name. */
  private static String holderName(JsonNode holder) {
    if (holder.isObject()) {
      return NinjsJson.text(holder, "name", "literal");
    }
    return holder.isValueNode() && !holder.asText().isBlank() ? holder.asText().strip() : null;
  }

  private static void readSubjects(JsonNode subjects, ItemBuilder b) {
    for (JsonNode s : subjects) {
      String name = NinjsJson.text(s, "name");
      String code = NinjsJson.text(s, "code");
      String scheme = NinjsJson.text(s, "scheme");
      String uri = NinjsJson.text(s, "uri");
      if (code != null && scheme != null) {
        code = qcode(scheme + code);
      } else if (code == null && uri != null) {
        code = qcode(uri);
      } else if (code == null) {
        code = NinjsJson.text(s, "literal");
      }
      b.subject(code, name);
    }
  }

  /** "http://cv.iptc.org/newscodes/mediatopic/16000000" becomes "medtop:16000000"; other uris stay. */
  static String qcode(String uri) {
    if (uri.startsWith(MEDIATOPIC)) {
      return "medtop:" + uri.substring(MEDIATOPIC.length());
    }
    if (uri.startsWith(SUBJECTCODE)) {
      return "subj:" + uri.substring(SUBJECTCODE.length());
    }
    return uri;
  }
}
