package io.wirewatch.formats;

import io.wirewatch.text.VersionMarkers;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Version and handling markers agencies put in headlines, editor's notes and ANPA version fields,
 * recorded as signals (not interpreted). Headline prefixes, which may be stacked ("RPT-UPDATE 1-..."), are
 * the markers of {@link VersionMarkers} (data: {@code lang/version-markers.tsv}): {@code UPDATE n-} gives
 * "update:n", {@code REFILE-} "refile", {@code RPT-} "rpt", a correction marker ({@code CORRECTED-},
 * {@code KORREKTUR-}) "sig:correction", a kill marker "kill", {@code WITHHELD-} "withheld". Editor's notes
 * that say so in words ("corrects the spelling", "withdrawn") give "sig:correction" and "kill";
 * "1st Ld-Writethru" gives "writethru:1". A leading lead marker as dpa, AFP and Xinhua put it
 * ("1ST LEAD: ...", "2ND LD-WRITETHRU ...") gives "lead:n" (and "writethru:n").
 */
public final class HeadlineSignals {
  private static final Pattern LEAD_PREFIX = Pattern.compile(
      "(?i)^(\\d{1,2})(?:ST|ND|RD|TH)\\s*(?:LEAD|LD)\\b(\\s*-?\\s*WRITETHRU)?\\s*[:/\\-\u2013]?\\s*");
  private static final Pattern WRITETHRU =
      Pattern.compile("(?i)(?:(\\d{1,2})(?:st|nd|rd|th)\\s*)?Ld\\s*-?\\s*Writethru");
  private static final Pattern LEAD = Pattern.compile("(?i)(\\d{1,2})(?:st|nd|rd|th)\\s*Ld\\b(?!\\s*-?\\s*Writethru)");

  private HeadlineSignals() {}

  /** Signals carried by headline prefixes; the headline itself is kept as sent. */
  public static List<String> fromHeadline(String headline) {
    List<String> signals = new ArrayList<>();
    if (headline == null) {
      return signals;
    }
    String rest = headline.strip();
    Matcher lead = LEAD_PREFIX.matcher(rest);
    if (lead.find()) {
      signals.add("lead:" + Integer.parseInt(lead.group(1)));
      if (lead.group(2) != null) {
        signals.add("writethru:" + Integer.parseInt(lead.group(1)));
      }
      rest = rest.substring(lead.end());
    }
    Matcher m = VersionMarkers.prefix(rest);
    while (m.find()) {
      if (m.group(1) != null) {
        signals.add("update:" + Integer.parseInt(m.group(2)));
      } else {
        signals.add(switch (VersionMarkers.marker(m.group(3)).orElseThrow()) {
          case UPDATE -> "update";
          case REFILE -> "refile";
          case REPEAT -> "rpt";
          case CORRECTION -> "sig:correction";
          case WITHHELD -> "withheld";
          case KILL -> "kill";
        });
      }
      rest = rest.substring(m.end());
      m = VersionMarkers.prefix(rest);
    }
    return signals;
  }

  /** Signals carried by an editor's note (G2 edNote, ninjs ednote, AP "Eds:", NITF ed-msg). */
  public static List<String> fromEdnote(String ednote) {
    List<String> signals = new ArrayList<>();
    if (ednote == null || ednote.isBlank()) {
      return signals;
    }
    if (VersionMarkers.noteSays(ednote, VersionMarkers.Meaning.CORRECTION)) {
      signals.add("sig:correction");
    }
    if (VersionMarkers.noteSays(ednote, VersionMarkers.Meaning.KILL)) {
      signals.add("kill");
    }
    signals.addAll(fromVersionMarker(ednote));
    return signals;
  }

  /** Signals carried by an AP version marker such as "1stLd-Writethru" or "2ndLd". */
  public static List<String> fromVersionMarker(String marker) {
    List<String> signals = new ArrayList<>();
    if (marker == null) {
      return signals;
    }
    Matcher w = WRITETHRU.matcher(marker);
    if (w.find()) {
      signals.add(w.group(1) == null ? "writethru" : "writethru:" + Integer.parseInt(w.group(1)));
    }
    Matcher l = LEAD.matcher(marker);
    if (l.find()) {
      signals.add("lead:" + Integer.parseInt(l.group(1)));
    }
    return signals;
  }
}
