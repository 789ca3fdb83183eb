package io.wirewatch.formats;

import io.wirewatch.model.WireItem;
import io.wirewatch.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPTC 7901 transmissions (dpa, AFP): SOH, header {@code <source><msgno> <priority> <category>
 * <wordcount> [<optional>]}, STX, keyword line, optional {@code CORRECTION} flag line (signal
 * "sig:correction"), headline, indented paragraphs separated by blank lines, a signature line
 * (removed), the date-time group {@code DDHHMM GMT Mon YY} (AFP: {@code AFP DDHHMM GMT MON YY}) and ETX.
 * A transmission without ETX is TRUNCATED_TRANSMISSION. The keyword is the story identity: the uri is
 * {@code urn:iptc7901:<source>:<keyword>} in lower case, so later versions share it. Priority 1-6 is
 * the urgency. The optional header field is a service code, not a version, so version stays null. A
 * leading paragraph entirely in parentheses ("(Correcting ...)") is the editor's note.
 */
public final class Iptc7901Parser implements WireParser {
  private static final Pattern HEADER = Pattern.compile(
      "^([A-Za-z]{2,5}?)(\\d{3,5})\\s+([1-9])\\s+(\\S+)\\s+(\\d{1,5})(?:\\s+(.*))?$");
  private static final Pattern DTG = Pattern.compile(
      "^(?:([A-Za-z]{2,5})\\s+)?(\\d{2})(\\d{2})(\\d{2})\\s+GMT\\s+([A-Za-z]{3,9})\\s+(\\d{2})$");
  private static final Pattern CORRECTION = Pattern.compile("(?i)^(CORRECTION|KORREKTUR|CORRECTED|RECTIFICATIF)$");

  @Override
  public String format() {
    return WireFormat.IPTC_7901.id();
  }

  @Override
  public List<WireItem> parse(String text) {
    Transmissions.Frame frame = Transmissions.frame(text, "IPTC 7901");
    Matcher h = HEADER.matcher(frame.header());
    if (!h.matches()) {
      throw new RejectedInputException(RejectReason.SCHEMA_INVALID,
          "IPTC 7901 header not understood: " + frame.header());
    }
    String source = h.group(1);
    List<String> raw = frame.lines();
    int i = nextNonBlank(raw, 0);
    if (i >= raw.size()) {
      throw new RejectedInputException(RejectReason.EMPTY_BODY, "IPTC 7901 transmission has no text");
    }
    String keyword = raw.get(i).strip();
    ItemBuilder b = new ItemBuilder(format())
        .uri("urn:iptc7901:" + source.toLowerCase(Locale.ROOT) + ":" + keywordKey(keyword))
        .agency(source)
        .slugline(keyword)
        .urgency(Integer.valueOf(h.group(3)));
    i = nextNonBlank(raw, i + 1);
    if (i < raw.size() && CORRECTION.matcher(raw.get(i).strip()).matches()) {
      b.signal("sig:correction");
      i = nextNonBlank(raw, i + 1);
    }
    if (i < raw.size()) {
      b.headline(raw.get(i).strip());
      i++;
    }
    List<String> lines = new ArrayList<>(PlainText.blocks(String.join("\n", raw.subList(i, raw.size()))));
    readTail(lines, b);
    if (!lines.isEmpty() && lines.get(0).startsWith("(") && lines.get(0).endsWith(")")) {
      b.ednote(lines.remove(0).replaceAll("^\\(|\\)$", ""));
    }
    b.body(lines);
    if (b.isEmpty()) {
      throw new RejectedInputException(RejectReason.EMPTY_BODY, "IPTC 7901 transmission has no text");
    }
    return List.of(b.build());
  }

  private static int nextNonBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  /** Removes the date-time group and the signature line from the end; sets versionCreated. */
  private static void readTail(List<String> lines, ItemBuilder b) {
    if (lines.isEmpty()) {
      return;
    }
    Matcher dtg = DTG.matcher(lines.get(lines.size() - 1));
    if (dtg.matches()) {
      lines.remove(lines.size() - 1);
      b.versionCreated(Transmissions.utc(Integer.parseInt(dtg.group(6)), dtg.group(5),
          Integer.parseInt(dtg.group(2)), Integer.parseInt(dtg.group(3)), Integer.parseInt(dtg.group(4))));
      if (!lines.isEmpty() && isSignature(lines.get(lines.size() - 1))) {
        lines.remove(lines.size() - 1);
      }
    }
  }

  private static boolean isSignature(String line) {
    return line.length() <= 40 && line.indexOf('.') < 0 && line.split("\\s+").length <= 6
        && line.chars().noneMatch(Character::isDigit);
  }

  private static String keywordKey(String keyword) {
    return keyword.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
  }
}
