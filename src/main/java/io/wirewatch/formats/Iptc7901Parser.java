package io.wirewatch.formats;

import io.wirewatch.model.WireItem;
import io.wirewatch.text.PlainText;
import io.wirewatch.text.VersionMarkers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPTC 7901 transmissions (dpa, AFP, ATS, AAP), read tolerantly in two framings.
 *
 * <p>SOH framing: SOH, header {@code <selector><msgno> <priority> <category> <wordcount> [<optional>]},
 * optionally the keyword line before STX, STX, the keyword line (if not in the header), optional flag
 * lines ({@code CORRECTION} gives "sig:correction"; {@code EXTRA}, {@code EILT} are flags), the headline
 * (when a line within the first few ends with the 7901 headline terminator {@code =}, that line, with
 * lines ending in {@code :} before it joined as its prefix; otherwise the first line), paragraphs, a
 * signature line (removed), the date-time group {@code DDHHMM GMT Mon YY} and ETX. Padding (DEL, SYN)
 * before SOH is skipped.
 *
 * <p>ZCZC framing (telex style, as AAP sends it): {@code ZCZC <source>}, field lines marked by their
 * first character ({@code ^} or {@code $} headline, {@code #} keyword, {@code :} keyword and headline as
 * {@code KEYWORD :headline}, others codes), short code lines ({@code YY TDR}), the text, {@code NNNN} (or, without it, a closing agency sign-off line such as {@code AAP}).
 *
 * <p>The agency is the selector when it names a known agency, else a known agency among the header's
 * optional fields; failing both it comes from the text (dateline credit, sign-off) and the item is
 * marked "derived:agency". The keyword is the story identity: the uri is
 * {@code urn:iptc7901:<selector>:<keyword>} in lower case, so later versions share it. Priority 1-6 is
 * the urgency. A leading paragraph entirely in parentheses is the editor's note. Without ETX (or NNNN)
 * the transmission is TRUNCATED_TRANSMISSION.
 */
public final class Iptc7901Parser implements WireParser {
  private static final Pattern HEADER = Pattern.compile(
      "^([A-Za-z]{1,5}?)(\\d{2,5})\\s+([1-9])\\s+(\\S+)\\s+(\\d{1,5})(?:\\s+(.*))?$");
  private static final Pattern DTG = Pattern.compile(
      "^(?:([A-Za-z]{2,5})\\s+)?(\\d{2})(\\d{2})(\\d{2})\\s+GMT\\s+([A-Za-z]{3,9})\\s+(\\d{2})$");
  /** A flag line before the headline: one word ("EXTRA", "EILT", "Situation"). */
  private static final Pattern FLAG = Pattern.compile("^\\p{L}[\\p{L}-]{1,20}$");
  private static final Pattern TERMINATED = Pattern.compile("^(.*\\S)\\s*=\\s*$");
  private static final int HEADLINE_WINDOW = 6;
  private static final Pattern ZCZC = Pattern.compile("^\\s*ZCZC\\b(.*)$");
  private static final Pattern CODE_LINE = Pattern.compile("^[A-Z0-9]{2,6}(?:\\s+[A-Z0-9]{2,6}){0,2}$");
  private static final Pattern KEYWORD_HEADLINE = Pattern.compile("^([A-Z][A-Z0-9 ]{1,24}?)\\s*:\\s*(\\S.*)$");
  private static final String ZCZC_MARKERS = "%#$:&*@~=^+";

  @Override
  public String format() {
    return WireFormat.IPTC_7901.id();
  }

  @Override
  public List<WireItem> parse(String text) {
    return List.of(ZCZC.matcher(firstLine(text)).matches() ? zczc(text) : soh(text));
  }

  private WireItem soh(String text) {
    Transmissions.Frame frame = Transmissions.frame(text, "IPTC 7901");
    List<String> headerLines = frame.header().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    Matcher h = HEADER.matcher(headerLines.isEmpty() ? "" : Transmissions.withoutControls(headerLines.get(0)).strip());
    boolean headerRead = h.matches();
    List<String> raw = frame.lines().stream().map(Transmissions::withoutControls).toList();
    int i = nextNonBlank(raw, 0);
    String keyword;
    if (headerLines.size() > 1) {
      keyword = headerLines.get(1);
    } else if (i < raw.size()) {
      keyword = raw.get(i).strip();
      i = nextNonBlank(raw, i + 1);
    } else {
      throw new RejectedInputException(RejectReason.EMPTY_BODY, "IPTC 7901 transmission has no text");
    }
    String selector = headerRead ? h.group(1) : null;
    ItemBuilder b = new ItemBuilder(format()).slugline(keyword);
    if (headerRead) {
      b.urgency(Integer.valueOf(h.group(3)));
    } else {
      b.signal("derived:header");
    }
    i = readHeadline(raw, i, b);
    List<String> lines = new ArrayList<>(PlainText.blocks(String.join("\n", raw.subList(i, raw.size()))));
    readTail(lines, b);
    if (!lines.isEmpty() && lines.get(0).startsWith("(") && lines.get(0).endsWith(")")) {
      b.ednote(lines.remove(0).replaceAll("^\\(|\\)$", ""));
    }
    b.body(lines);
    String agency = Agencies.known(selector);
    if (agency == null && headerRead && h.group(6) != null) {
      agency = knownToken(h.group(6));
    }
    if (agency == null) {
      agency = fromText(lines, null, b);
    }
    b.agency(agency != null ? agency : selector);
    String idSource = selector != null ? selector : agency != null ? agency : "unknown";
    b.uri("urn:iptc7901:" + idSource.toLowerCase(Locale.ROOT) + ":" + keywordKey(keyword));
    if (b.isEmpty()) {
      throw new RejectedInputException(RejectReason.EMPTY_BODY, "IPTC 7901 transmission has no text");
    }
    return b.build();
  }

  /** A header flag line that marks a correction ("CORRECTION", "KORREKTUR", in any case). */
  private static boolean isCorrection(String line) {
    return VersionMarkers.markerAnyCase(line).filter(m -> m == VersionMarkers.Meaning.CORRECTION).isPresent();
  }

  /** Flag lines, then the headline; returns the index of the first body line. */
  private static int readHeadline(List<String> raw, int from, ItemBuilder b) {
    int i = from;
    List<Integer> window = new ArrayList<>();
    for (int j = i; j < raw.size() && window.size() < HEADLINE_WINDOW; j = nextNonBlank(raw, j + 1)) {
      window.add(j);
    }
    int terminated = -1;
    for (int k = 0; k < window.size(); k++) {
      if (TERMINATED.matcher(raw.get(window.get(k)).strip()).matches()) {
        terminated = k;
        break;
      }
    }
    if (terminated >= 0) {
      StringBuilder prefix = new StringBuilder();
      for (int k = 0; k < terminated; k++) {
        String line = raw.get(window.get(k)).strip();
        if (isCorrection(line)) {
          b.signal("sig:correction");
        } else if (line.endsWith(":")) {
          prefix.append(line).append(' ');
        } else {
          prefix.setLength(0); // a flag or sub-keyword line: not part of the headline
        }
      }
      Matcher m = TERMINATED.matcher(raw.get(window.get(terminated)).strip());
      m.matches();
      b.headline(PlainText.collapse(prefix + m.group(1)));
      return window.get(terminated) + 1;
    }
    while (i < raw.size() && isCorrection(raw.get(i))) {
      b.signal("sig:correction");
      i = nextNonBlank(raw, i + 1);
    }
    if (i < raw.size()) {
      b.headline(raw.get(i).strip());
      i++;
    }
    return i;
  }

  private WireItem zczc(String text) {
    List<String> all = List.of(text.split("\r\n|\r|\n", -1));
    int start = 0;
    while (!ZCZC.matcher(all.get(start)).matches()) {
      start++;
    }
    int end = -1;
    for (int j = start + 1; j < all.size(); j++) {
      if (all.get(j).strip().startsWith("NNNN")) {
        end = j;
        break;
      }
    }
    if (end < 0) {
      int last = all.size() - 1;
      while (last > start && all.get(last).isBlank()) {
        last--;
      }
      if (last <= start || !isAgencySignOff(all.get(last))) {
        throw new RejectedInputException(RejectReason.TRUNCATED_TRANSMISSION,
            "IPTC 7901 (ZCZC) transmission has neither NNNN nor an agency sign-off at its end: cut off?");
      }
      end = all.size(); // the sign-off closes the copy; it is removed with the other sign-offs below
    }
    Matcher z = ZCZC.matcher(all.get(start));
    z.matches();
    String agency = knownToken(z.group(1));
    ItemBuilder b = new ItemBuilder(format());
    String keyword = null;
    String headline = null;
    String markedHeadline = null;
    int i = start + 1;
    for (; i < end; i++) {
      String line = Transmissions.withoutControls(all.get(i)).strip();
      if (line.isEmpty()) {
        continue;
      }
      char marker = line.charAt(0);
      String value = line.substring(1).strip();
      if (ZCZC_MARKERS.indexOf(marker) < 0) {
        if (!CODE_LINE.matcher(line).matches()) {
          break;
        }
        continue;
      }
      if (marker == '^' || (marker == '$' && value.length() > 3)) {
        markedHeadline = markedHeadline == null || marker == '^' ? value : markedHeadline;
      } else if (marker == '#') {
        keyword = value;
      } else if (marker == ':') {
        Matcher kh = KEYWORD_HEADLINE.matcher(value);
        if (kh.matches()) {
          keyword = keyword == null ? kh.group(1).strip() : keyword;
          headline = kh.group(2).strip();
        }
      }
    }
    headline = markedHeadline != null ? markedHeadline : headline;
    List<String> rest = new ArrayList<>(all.subList(i, end));
    if (headline == null && !rest.isEmpty()) {
      String first = Transmissions.withoutControls(rest.remove(0)).strip();
      Matcher kh = KEYWORD_HEADLINE.matcher(first);
      if (kh.matches()) {
        keyword = keyword == null ? kh.group(1).strip() : keyword;
        headline = kh.group(2).strip();
      } else {
        headline = first;
      }
    }
    List<String> paragraphs = new ArrayList<>(PlainText.blocks(String.join("\n",
        rest.stream().map(Transmissions::withoutControls).toList())));
    String signOff = null;
    while (!paragraphs.isEmpty() && isAgencySignOff(paragraphs.get(paragraphs.size() - 1))) {
      signOff = paragraphs.remove(paragraphs.size() - 1);
    }
    b.headline(headline).slugline(keyword).body(paragraphs);
    if (agency == null) {
      agency = fromText(paragraphs, signOff, b);
    }
    b.agency(agency);
    String id = keyword != null ? keywordKey(keyword) : ContentIds.of("text", headline, paragraphs);
    b.uri("urn:iptc7901:" + (agency == null ? "zczc" : agency.toLowerCase(Locale.ROOT)) + ":" + id);
    if (b.isEmpty()) {
      throw new RejectedInputException(RejectReason.EMPTY_BODY, "IPTC 7901 transmission has no text");
    }
    return b.build();
  }

  /** A last paragraph that is only an agency code, with or without a desk code ("AAP", "AAP RTV"). */
  private static boolean isAgencySignOff(String paragraph) {
    String p = paragraph.strip();
    return p.length() <= 20 && CODE_LINE.matcher(p).matches() && knownToken(p) != null;
  }

  /** The agency named in the text (sign-off, then the first paragraph's credit), marked as derived; or null. */
  private static String fromText(List<String> paragraphs, String signOff, ItemBuilder b) {
    String agency = knownToken(signOff);
    if (agency == null && !paragraphs.isEmpty()) {
      agency = Agencies.recognise(paragraphs.get(0));
    }
    if (agency != null) {
      b.signal("derived:agency");
    }
    return agency;
  }

  /** The first token of a field list that names a known agency ("ccccb dpa 061" gives dpa). */
  private static String knownToken(String fields) {
    if (fields == null) {
      return null;
    }
    for (String token : fields.strip().split("\\s+")) {
      String known = token.isEmpty() ? null : Agencies.known(token);
      if (known != null) {
        return known;
      }
    }
    return null;
  }

  private static String firstLine(String text) {
    String t = text.stripLeading();
    int nl = t.indexOf('\n');
    int cr = t.indexOf('\r');
    int cut = nl < 0 ? cr : cr < 0 ? nl : Math.min(nl, cr);
    return cut < 0 ? t : t.substring(0, cut);
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
