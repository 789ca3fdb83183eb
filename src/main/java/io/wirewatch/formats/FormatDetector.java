package io.wirewatch.formats;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detects the format of a transmission from its content, never from a file name, and decodes it.
 * A UTF-8 BOM and leading white space are skipped. SYN/SOH control characters start ANPA-1312
 * ({@code SYN SYN SOH aNNNN ...}) or IPTC 7901 ({@code SOH dpa0318 3 ...}), decoded as UTF-8 when
 * valid, else ISO-8859-1 (DEL padding before SOH is skipped); {@code ZCZC} starts telex-framed IPTC 7901. {@code {} is ninjs (strict UTF-8; version from {@code standard} or shape).
 * {@code <} is XML (strict, in the declared encoding, default UTF-8, unless the bytes contradict it: a
 * single-byte declaration over valid multi-byte UTF-8 is read as UTF-8, a UTF-8 declaration over bytes
 * that are not UTF-8 as windows-1252) whose root decides:
 * {@code newsItem} and {@code newsMessage} NewsML-G2, {@code nitf} NITF, {@code NewsML} NewsML 1.2, {@code rss} and
 * {@code RDF} RSS, {@code feed} Atom, other G2 roots (packages, news messages, concepts) NOT_TEXT,
 * anything else UNKNOWN_FORMAT. A DOCTYPE that only names an external DTD (as NewsML 1.2 and RSS 0.91
 * documents routinely do) is removed unread; one with an internal subset is refused. Everything else is plain text if it is text, UNDECODABLE
 * if it looks binary.
 */
public final class FormatDetector {
  /** A detected format with the decoded text. */
  public record Detection(WireFormat format, String text) {}

  private static final Set<String> G2_NOT_TEXT = Set.of("packageItem", "conceptItem",
      "knowledgeItem", "planningItem", "catalog", "conceptSet", "eventItem");
  private static final Pattern ANPA_HEADER = Pattern.compile("^[A-Za-z]\\d{4}(?:[A-Z]{2,})?[\\s\\x1F]");
  private static final Pattern IPTC_HEADER = Pattern.compile("^[A-Za-z]{2,5}\\d{3,5}\\s+\\d\\s");
  private static final Pattern XML_ENCODING =
      Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

  /** Detects and decodes; throws {@link RejectedInputException} for what cannot be read. */
  public Detection detect(byte[] bytes) {
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    int first = start;
    while (first < bytes.length && isSpace(bytes[first])) {
      first++;
    }
    if (first >= bytes.length) {
      throw new RejectedInputException(RejectReason.EMPTY, "no content (only white space)");
    }
    int pad = first;
    while (pad < bytes.length && (bytes[pad] == 0x7F || isSpace(bytes[pad]))) {
      pad++; // DEL padding some senders put before SOH
    }
    if (pad < bytes.length && (bytes[pad] == Transmissions.SYN || bytes[pad] == Transmissions.SOH)) {
      return transmission(TextDecoding.utf8OrLatin1(bytes, pad));
    }
    byte b = bytes[first];
    if (startsWith(bytes, first, "ZCZC")) {
      return new Detection(WireFormat.IPTC_7901, TextDecoding.utf8OrLatin1(bytes, first));
    }
    if (b == '{' || b == '[') {
      String json = TextDecoding.strict(bytes, first, StandardCharsets.UTF_8);
      return new Detection(NinjsJson.version(NinjsJson.read(json)), json);
    }
    if (b == '<') {
      return xml(bytes, first);
    }
    if (looksBinary(bytes, start)) {
      throw new RejectedInputException(RejectReason.UNDECODABLE,
          "binary content: not text in a known encoding and not a known format");
    }
    return new Detection(WireFormat.TEXT, TextDecoding.utf8OrLatin1(bytes, start));
  }

  private static Detection transmission(String text) {
    String t = text.replace(String.valueOf(Transmissions.SYN), "");
    if (t.isEmpty() || t.charAt(0) != Transmissions.SOH) {
      throw new RejectedInputException(RejectReason.UNKNOWN_FORMAT, "control characters without an SOH header");
    }
    String header = t.substring(1);
    if (text.charAt(0) == Transmissions.SYN || ANPA_HEADER.matcher(header).find()) {
      return new Detection(WireFormat.ANPA_1312, text);
    }
    if (IPTC_HEADER.matcher(header).find()) {
      return new Detection(WireFormat.IPTC_7901, text);
    }
    throw new RejectedInputException(RejectReason.UNKNOWN_FORMAT,
        "SOH transmission with an unknown header (neither ANPA-1312 nor IPTC 7901)");
  }

  private static Detection xml(byte[] bytes, int offset) {
    String prolog = new String(bytes, offset, Math.min(200, bytes.length - offset), StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(prolog);
    Charset charset = StandardCharsets.UTF_8;
    if (m.find()) {
      try {
        charset = Charset.forName(m.group(1));
      } catch (IllegalArgumentException e) {
        throw new RejectedInputException(RejectReason.UNDECODABLE, "unsupported XML encoding " + m.group(1));
      }
    }
    String xml = SafeXml.withoutExternalDoctype(TextDecoding.strict(bytes, offset, TextDecoding.sniff(bytes, offset, charset)));
    String root = SafeXml.rootElement(xml);
    return switch (root) {
      case "newsItem", "newsMessage" -> new Detection(WireFormat.NEWSML_G2, xml);
      case "nitf" -> new Detection(WireFormat.NITF, xml);
      case "NewsML" -> new Detection(WireFormat.NEWSML_1, xml);
      case "rss", "RDF" -> new Detection(WireFormat.RSS, xml);
      case "feed" -> new Detection(WireFormat.ATOM, xml);
      default -> throw G2_NOT_TEXT.contains(root)
          ? new RejectedInputException(RejectReason.NOT_TEXT,
              "NewsML-G2 <" + root + "> is not a text item (packages and messages are not parsed)")
          : new RejectedInputException(RejectReason.UNKNOWN_FORMAT, "XML root <" + root + "> is not a supported item");
    };
  }

  /** NULs, or more than 10% control bytes, or invalid UTF-8 with many non-printable Latin-1 bytes. */
  static boolean looksBinary(byte[] bytes, int start) {
    int n = Math.min(bytes.length - start, 8192);
    int control = 0;
    int high = 0;
    for (int i = start; i < start + n; i++) {
      int c = bytes[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        control++;
      } else if (c >= 0x7F && c < 0xA0) {
        high++;
      }
    }
    if (control * 10 > n) {
      return true;
    }
    return !TextDecoding.isUtf8(bytes, start) && (control + high) * 20 > n;
  }

  private static boolean startsWith(byte[] bytes, int offset, String ascii) {
    if (bytes.length - offset < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (bytes[offset + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
  }
}
