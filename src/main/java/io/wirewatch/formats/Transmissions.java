package io.wirewatch.formats;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Shared framing for 7901 and ANPA transmissions: SOH header, STX text, ETX end. */
final class Transmissions {
  static final char SOH = '\u0001';
  static final char STX = '\u0002';
  static final char ETX = '\u0003';
  static final char SYN = '\u0016';
  static final char EOT = '\u0004';

  /** Control characters other than tab (ANPA format codes such as DC1-DC4, RS, US, FF), for removal. */
  static String withoutControls(String line) {
    return line.replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", " ");
  }

  /**
   * The header (after SOH, up to STX; it may span lines), the text lines between STX and ETX (line ends
   * removed), and the trailer after ETX up to EOT (AP puts its time stamp there).
   */
  record Frame(String header, List<String> lines, String trailer) {}

  private Transmissions() {}

  static Frame frame(String text, String formatName) {
    int soh = text.indexOf(SOH);
    int stx = text.indexOf(STX);
    if (soh < 0 || stx < 0 || stx < soh) {
      throw new RejectedInputException(RejectReason.SCHEMA_INVALID,
          formatName + " transmission without SOH header and STX");
    }
    int etx = text.indexOf(ETX, stx);
    if (etx < 0) {
      throw new RejectedInputException(RejectReason.TRUNCATED_TRANSMISSION,
          formatName + " transmission has no ETX: cut off after " + (text.length() - stx) + " characters of text");
    }
    String header = text.substring(soh + 1, stx).strip();
    List<String> lines = new ArrayList<>();
    for (String line : text.substring(stx + 1, etx).split("\r\n|\r|\n", -1)) {
      lines.add(line);
    }
    int eot = text.indexOf(EOT, etx);
    String trailer = text.substring(etx + 1, eot < 0 ? text.length() : eot).strip();
    return new Frame(header, lines, trailer);
  }

  /** The instant for a day/hour/minute in a given month ("Sep", "SEP") of a two-digit year; null if invalid. */
  static Instant utc(int yy, String monthAbbrev, int day, int hour, int minute) {
    Month month = month(monthAbbrev);
    return month == null ? null : utc(yy, month.getValue(), day, hour, minute);
  }

  static Instant utc(int yy, int month, int day, int hour, int minute) {
    try {
      return LocalDateTime.of(2000 + yy, month, day, hour, minute).toInstant(ZoneOffset.UTC);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static Month month(String abbrev) {
    String a = abbrev.toUpperCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().startsWith(a.substring(0, Math.min(3, a.length())))) {
        return m;
      }
    }
    return null;
  }
}
