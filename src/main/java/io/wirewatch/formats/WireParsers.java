package io.wirewatch.formats;

import io.wirewatch.model.WireItem;
import io.wirewatch.text.CombiningMarks;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point for bytes from the wire: checks emptiness and size, detects the format by content,
 * parses, and stamps the source on each item. It never throws: everything that cannot become an item
 * is a {@link ParseResult.Rejected} with a reason code and a message a person understands.
 */
public final class WireParsers {
  /** The default input limit, 1 MiB; larger inputs are rejected as OVERSIZE before any parsing. */
  public static final int DEFAULT_MAX_BYTES = 1 << 20;

  private final int maxBytes;
  private final FormatDetector detector = new FormatDetector();
  private final Map<WireFormat, WireParser> parsers = new EnumMap<>(WireFormat.class);

  public WireParsers(int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
    parsers.put(WireFormat.NINJS_1, new NinjsParser(WireFormat.NINJS_1));
    parsers.put(WireFormat.NINJS_2, new NinjsParser(WireFormat.NINJS_2));
    parsers.put(WireFormat.NINJS_3, new NinjsParser(WireFormat.NINJS_3));
    parsers.put(WireFormat.NEWSML_G2, new NewsMlG2Parser());
    parsers.put(WireFormat.NEWSML_1, new NewsMl1Parser());
    parsers.put(WireFormat.NITF, new NitfParser());
    parsers.put(WireFormat.IPTC_7901, new Iptc7901Parser());
    parsers.put(WireFormat.ANPA_1312, new Anpa1312Parser());
    parsers.put(WireFormat.RSS, new FeedParser(WireFormat.RSS));
    parsers.put(WireFormat.ATOM, new FeedParser(WireFormat.ATOM));
    parsers.put(WireFormat.TEXT, new PlainTextParser());
  }

  /** The format ids this facade reads, e.g. "ninjs-2". */
  public static List<String> supportedFormats() {
    return Arrays.stream(WireFormat.values()).map(WireFormat::id).toList();
  }

  /** Parses one transmission; {@code source} is recorded on every item (e.g. the file name). */
  public ParseResult parse(byte[] bytes, String source) {
    if (bytes == null || isBlank(bytes)) {
      return new ParseResult.Rejected(RejectReason.EMPTY, "no content (empty or only white space)", null);
    }
    if (bytes.length > maxBytes) {
      return new ParseResult.Rejected(RejectReason.OVERSIZE,
          "input of " + bytes.length + " bytes exceeds the limit of " + maxBytes + " bytes", null);
    }
    String format = null;
    try {
      FormatDetector.Detection detection = detector.detect(bytes);
      format = detection.format().id();
      List<WireItem> items = parsers.get(detection.format()).parse(CombiningMarks.bounded(detection.text())).stream()
          .map(item -> item.withProvenance(source, null))
          .toList();
      return new ParseResult.Accepted(format, items);
    } catch (RejectedInputException e) {
      return new ParseResult.Rejected(e.reason(), e.getMessage(), format);
    } catch (RuntimeException | StackOverflowError e) {
      return new ParseResult.Rejected(RejectReason.SCHEMA_INVALID,
          (format == null ? "unreadable input" : "unreadable " + format + " item") + ": " + e, format);
    }
  }

  private static boolean isBlank(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (!FormatDetector.isSpace(bytes[i])) {
        return false;
      }
    }
    return true;
  }
}
