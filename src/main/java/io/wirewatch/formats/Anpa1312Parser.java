package io.wirewatch.formats;

import io.wirewatch.model.WireItem;
import io.wirewatch.text.PlainText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ANPA-1312 transmissions (AP, Kyodo and others), read tolerantly. SYN SYN (optional) SOH, then a header
 * that may span two lines: the service level letter and sequence number, an optional agency code and
 * selector codes after a unit separator ({@code W2607^_asian}, {@code a0105KYODO^_koko-}), then priority,
 * category, format-identifier controls, keyword, optional version ("1stLd-Writethru"), {@code MM-DD} and
 * an optional word count. Then STX, the text, ETX, and optionally a time stamp and EOT.
 *
 * <p>Text: format codes are removed ({@code ^} starting a line, {@code <} and {@code =} ending one,
 * control characters). The first line is the keyword line; the next unindented line is the headline,
 * followed by head-block furniture (editor's notes, photo notes, bylines: {@link Furniture}); the body
 * starts at the first indented line or the first line that is not furniture. Unindented lines inside the
 * body continue the paragraph before. An {@code (END)} line or time stamp ({@code AP-WF-11-13-13 0745GMT},
 * {@code KWS-21:37-09-12-18}) gives the version time, and a {@code ==Kyodo} sign-off is dropped.
 *
 * <p>What the header lacks comes from the text and is marked: no keyword in the header takes the keyword
 * line ("derived:slug"); no agency code takes the time stamp's, else the sign-off's or the dateline's
 * (marked "derived:agency"); a one-paragraph item without headline line (an alert) gets its first sentence,
 * a longer one its keyword line. Only a missing ETX is TRUNCATED_TRANSMISSION.
 *
 * <p>The keyword is the story identity: uri {@code urn:anpa1312:<agency>:<keyword>} in lower case, so
 * write-thrus share it; the version marker is the version and gives "writethru:1". Priority letters map
 * to urgency: f (flash) 1, b (bulletin) 2, u (urgent) 3, r and s (regular) 5, d and a (deferred) 6.
 */
public final class Anpa1312Parser implements WireParser {
  private static final Pattern ROUTING = Pattern.compile("^[A-Za-z]?\\d{3,5}([A-Za-z]{2,})?");
  private static final Pattern HEADER = Pattern.compile(
      "(?<=^|\\s)([a-z])\\s+([a-z])\\s+(\\S+)\\s+(?:(\\S+)\\s+)?(\\d{2})-(\\d{2})(?:\\s+(\\d{1,5}))?\\s*$");
  private static final Pattern STAMP = Pattern.compile(
      "(?:\\(END\\)\\s+)?([A-Z]{1,6})-(?:[A-Z0-9]{1,4}-)?(\\d{2})-(\\d{2})-(\\d{2})\\s+(\\d{2})(\\d{2})\\s*GMT\\b.*");
  private static final Pattern STAMP_CLOCK_FIRST = Pattern.compile(
      "([A-Z]{2,6})-(\\d{2}):(\\d{2})-(\\d{2})-(\\d{2})-(\\d{2})\\b.*");
  private static final Pattern END_LINE = Pattern.compile("\\(?END\\)?(?:\\s.*)?");
  private static final Pattern SIGN_OFF = Pattern.compile("==\\s*(\\S.{0,40})");
  private static final Pattern KEYWORD_TAIL = Pattern.compile(",\\s*(?:[^,]*Ld[^,]*,\\s*)?\\d{1,5}\\s*$|,\\s*$");
  private static final Map<Character, Integer> URGENCY =
      Map.of('f', 1, 'b', 2, 'u', 3, 'r', 5, 's', 5, 'd', 6, 'a', 6);
  /** ANPA copy is written for English-language wires: its head-block conventions are English. */
  private static final String HEAD_BLOCK_LANGUAGE = "en";

  @Override
  public String format() {
    return WireFormat.ANPA_1312.id();
  }

  @Override
  public List<WireItem> parse(String text) {
    Transmissions.Frame frame = Transmissions.frame(text, "ANPA-1312");
    String header = Transmissions.withoutControls(frame.header()).strip();
    Matcher h = HEADER.matcher(header.replaceAll("\\s+", " "));
    boolean headerRead = h.find();
    Matcher routing = ROUTING.matcher(header);
    String headerAgency = routing.find() ? routing.group(1) : null;

    List<String> lines = new ArrayList<>(frame.lines());
    Instant stamped = null;
    String stampAgency = null;
    List<String> tail = new ArrayList<>();
    frame.trailer().lines().map(Anpa1312Parser::clean).filter(l -> !l.isEmpty()).findFirst().ifPresent(tail::add);
    int end = lastNonBlank(lines);
    if (end >= 0 && isStamp(clean(lines.get(end)))) {
      tail.add(0, clean(lines.remove(end)));
    }
    for (String t : tail) {
      Matcher m = STAMP.matcher(t);
      Matcher c = STAMP_CLOCK_FIRST.matcher(t);
      if (m.matches()) {
        stampAgency = m.group(1);
        stamped = Transmissions.utc(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
      } else if (c.matches()) {
        stampAgency = c.group(1);
        stamped = Transmissions.utc(Integer.parseInt(c.group(6)), Integer.parseInt(c.group(4)),
            Integer.parseInt(c.group(5)), Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)));
      }
    }

    ItemBuilder b = new ItemBuilder(format()).versionCreated(stamped);
    Text t = readText(lines);
    String keyword = headerRead ? h.group(3) : slugOf(t.keywordLine());
    if (!headerRead) {
      b.signal("derived:slug");
    }
    String agency = agency(headerAgency, stampAgency, t, b);
    b.uri("urn:anpa1312:" + (agency == null ? "unknown" : agency.toLowerCase(Locale.ROOT)) + ":"
            + (keyword == null ? ContentIds.of("text", t.headline(), t.paragraphs()) : keyword.toLowerCase(Locale.ROOT)))
        .agency(agency)
        .slugline(keyword);
    if (headerRead) {
      b.version(h.group(4)).urgency(URGENCY.get(h.group(1).charAt(0)));
      HeadlineSignals.fromVersionMarker(h.group(4)).forEach(b::signal);
    }
    String headline = t.headline();
    if (headline == null && t.paragraphs().size() > 1 && t.keywordLine() != null) {
      headline = KEYWORD_TAIL.matcher(t.keywordLine()).replaceFirst("").strip();
      b.signal(DerivedHeadline.SIGNAL);
    }
    b.headline(headline);
    b.ednote(t.ednote());
    b.byline(t.byline().isEmpty() ? null : String.join(", ", t.byline()));
    b.body(t.paragraphs());
    if (b.isEmpty()) {
      throw new RejectedInputException(RejectReason.EMPTY_BODY, "ANPA transmission has no text");
    }
    return List.of(b.build());
  }

  /**
   * The header's agency code, else the time stamp's (part of the transmission too), else (marked
   * derived) the sign-off's or the dateline's.
   */
  private static String agency(String headerAgency, String stampAgency, Text t, ItemBuilder b) {
    if (headerAgency != null) {
      return Agencies.normalise(headerAgency);
    }
    if (Agencies.known(stampAgency) != null) {
      return Agencies.known(stampAgency);
    }
    String first = t.paragraphs().isEmpty() ? null : t.paragraphs().get(0);
    for (String candidate : new String[] {Agencies.known(t.signOff()), Agencies.recognise(first)}) {
      if (candidate != null) {
        b.signal("derived:agency");
        return Agencies.normalise(candidate);
      }
    }
    return stampAgency == null ? null : Agencies.normalise(stampAgency);
  }

  private record Text(String keywordLine, String headline, String ednote, List<String> byline,
      List<String> paragraphs, String signOff) {}

  private static Text readText(List<String> raw) {
    String keywordLine = null;
    String headline = null;
    String ednote = null;
    String signOff = null;
    List<String> byline = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    boolean inBody = false;
    for (String rawLine : raw) {
      String noControls = Transmissions.withoutControls(rawLine);
      if (noControls.isBlank()) {
        continue;
      }
      boolean indented = rawLine.startsWith("\t") || rawLine.startsWith("  ");
      String line = clean(rawLine);
      if (line.isEmpty() || END_LINE.matcher(line).matches()) {
        continue;
      }
      Matcher sign = SIGN_OFF.matcher(line);
      if (sign.matches()) {
        signOff = sign.group(1);
        continue;
      }
      if (keywordLine == null) {
        keywordLine = line;
      } else if (indented) {
        inBody = true;
        paragraphs.add(line);
      } else if (inBody) {
        if (rawLine.stripLeading().startsWith("^")) {
          paragraphs.add(line);
        } else {
          int last = paragraphs.size() - 1;
          paragraphs.set(last, paragraphs.get(last) + " " + line);
        }
      } else if (headline == null) {
        headline = line;
      } else if (Furniture.isFurniture(line, HEAD_BLOCK_LANGUAGE)) {
        if (line.regionMatches(true, 0, "Eds", 0, 3) && ednote == null) {
          ednote = line;
        } else if (line.regionMatches(true, 0, "By ", 0, 3) || !byline.isEmpty()) {
          byline.add(line);
        }
      } else {
        inBody = true;
        paragraphs.add(line);
      }
    }
    if (headline != null && paragraphs.isEmpty()) {
      // a headline line but no body: an alert whose only line is its text
      paragraphs.add(headline);
      headline = null;
    }
    return new Text(keywordLine, headline, ednote, byline, paragraphs, signOff);
  }

  /** A line without ANPA format codes: a leading {@code ^}, trailing {@code <} or {@code =}, controls. */
  private static String clean(String line) {
    String t = PlainText.collapse(Transmissions.withoutControls(line));
    t = t.startsWith("^") ? t.substring(1).strip() : t;
    while (!t.isEmpty() && (t.endsWith("<") || t.endsWith("="))) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  private static boolean isStamp(String line) {
    return STAMP.matcher(line).matches() || STAMP_CLOCK_FIRST.matcher(line).matches();
  }

  private static int lastNonBlank(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (!Transmissions.withoutControls(lines.get(i)).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** The keyword of a keyword line ("BC-US--Ethanol-Losing Grassland, 1st Ld-Writethru,1140"). */
  private static String slugOf(String keywordLine) {
    if (keywordLine == null) {
      return null;
    }
    String k = KEYWORD_TAIL.matcher(keywordLine).replaceFirst("").strip();
    return k.isEmpty() ? null : k.replaceAll("\\s+", "");
  }
}
