package io.wirewatch.formats;

import io.wirewatch.model.WireItem;
import io.wirewatch.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ANPA-1312 style transmissions (AP): SYN SYN SOH, header {@code aNNNN <priority> <category> <keyword>
 * [<version>] <MM-DD> <wordcount>}, STX, keyword line, headline, optional {@code Eds:} note, byline
 * lines, tab-indented paragraphs, the end line {@code (END) AP-XX-MM-DD-YY HHMMGMT} (the version time)
 * and ETX. Without ETX or end line the transmission is TRUNCATED_TRANSMISSION.
 *
 * <p>The keyword is the story identity: uri {@code urn:anpa1312:<agency>:<keyword>} in lower case, so
 * write-thrus share it; the header version marker ("1stLd-Writethru") is the version and gives the
 * signal "writethru:1". Priority letters map to urgency: f (flash) 1, b (bulletin) 2, u (urgent) 3,
 * r (regular) 5, s (sports/regular) 5, d (deferred) 6, a (advance) 6, anything else unknown (null).
 */
public final class Anpa1312Parser implements WireParser {
  private static final Pattern HEADER = Pattern.compile(
      "^\\S*?([a-z]?\\d{4})\\s+([a-z])\\s+([a-z])\\s+(\\S+)\\s+(?:(\\S+)\\s+)?(\\d{2})-(\\d{2})\\s+(\\d{1,5})\\s*$");
  private static final Pattern END = Pattern.compile(
      "^\\(END\\)\\s+([A-Z]{1,6})-\\S*?(\\d{2})-(\\d{2})-(\\d{2})\\s+(\\d{2})(\\d{2})\\s*GMT\\b.*$");
  private static final Map<Character, Integer> URGENCY =
      Map.of('f', 1, 'b', 2, 'u', 3, 'r', 5, 's', 5, 'd', 6, 'a', 6);

  @Override
  public String format() {
    return WireFormat.ANPA_1312.id();
  }

  @Override
  public List<WireItem> parse(String text) {
    Transmissions.Frame frame = Transmissions.frame(text, "ANPA-1312");
    Matcher h = HEADER.matcher(frame.header());
    if (!h.matches()) {
      throw new RejectedInputException(RejectReason.SCHEMA_INVALID, "ANPA header not understood: " + frame.header());
    }
    List<String> lines = frame.lines();
    int endLine = findEnd(lines);
    Matcher end = END.matcher(lines.get(endLine).strip());
    end.matches();
    String agency = Agencies.normalise(end.group(1));
    String keyword = h.group(4);
    ItemBuilder b = new ItemBuilder(format())
        .uri("urn:anpa1312:" + agency.toLowerCase(Locale.ROOT) + ":" + keyword.toLowerCase(Locale.ROOT))
        .agency(agency)
        .slugline(keyword)
        .version(h.group(5))
        .urgency(URGENCY.get(h.group(2).charAt(0)))
        .versionCreated(Transmissions.utc(Integer.parseInt(end.group(4)), Integer.parseInt(end.group(2)),
            Integer.parseInt(end.group(3)), Integer.parseInt(end.group(5)), Integer.parseInt(end.group(6))));
    HeadlineSignals.fromVersionMarker(h.group(5)).forEach(b::signal);
    readText(lines.subList(0, endLine), b);
    if (b.isEmpty()) {
      throw new RejectedInputException(RejectReason.EMPTY_BODY, "ANPA transmission has no text");
    }
    return List.of(b.build());
  }

  private static int findEnd(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (END.matcher(lines.get(i).strip()).matches()) {
        return i;
      }
    }
    throw new RejectedInputException(RejectReason.TRUNCATED_TRANSMISSION,
        "ANPA transmission has no (END) line: cut off?");
  }

  /** Keyword line, headline, Eds: note, byline lines, then indented paragraphs. */
  private static void readText(List<String> lines, ItemBuilder b) {
    List<String> byline = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    boolean keywordSeen = false;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      boolean indented = line.startsWith("\t") || line.startsWith("  ");
      String t = PlainText.collapse(line);
      if (!keywordSeen) {
        keywordSeen = true;
      } else if (indented) {
        paragraphs.add(t);
      } else if (!paragraphs.isEmpty()) {
        int last = paragraphs.size() - 1;
        paragraphs.set(last, paragraphs.get(last) + " " + t);
      } else if (b.headline() == null) {
        b.headline(t);
      } else if (t.regionMatches(true, 0, "Eds:", 0, 4)) {
        b.ednote(t);
      } else {
        byline.add(t);
      }
    }
    b.byline(byline.isEmpty() ? null : String.join(", ", byline));
    b.body(paragraphs);
  }
}
