package io.wirewatch.alerts.escalation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells background sentences from news: a sentence that names an earlier year ("the 2020 war killed
 * 6,500"), a decade ("the 1990s") or a historical phrase ("two years ago", "il y a 80 ans"). A year after
 * a {@code since} word that follows a comparison ("the deadliest clashes since their 2020 war") is a
 * yardstick, not background; a number followed by a unit or preceded by a clock word is no year. When the
 * item's own year is unknown, a year that closes a calendar date is the reported event's date, not history.
 */
final class Background {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d|\\d[,.])(1[89]\\d\\d|20\\d\\d)(s?)(?!\\d|[,.]\\d)");

  private Background() {}

  /** True when the sentence is about the past; {@code currentYear} 0 means unknown (every year is past). */
  static boolean isHistorical(CueScan scan, int currentYear, CueSet cues) {
    CueText text = scan.text();
    if (hasHistoricalPhrase(scan)) {
      return true;
    }
    Matcher m = YEAR.matcher(text.sentence());
    while (m.find()) {
      int token = tokenAt(text, m.start());
      if (token < 0 || notAYear(text, token, cues)) {
        continue;
      }
      if (!m.group(2).isEmpty()) {
        return true;
      }
      if (currentYear == 0 && inCalendarDate(text, token, cues)) {
        continue;
      }
      int year = Integer.parseInt(m.group(1));
      if ((currentYear == 0 || year < currentYear) && !isYardstick(text, token, cues)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A historical phrase that is not part of a present one: "in the past" is history, "in the past 48
   * hours" is news.
   */
  static boolean hasHistoricalPhrase(CueScan scan) {
    List<CuePhrase.Match> present = scan.of("present");
    return scan.of("historical").stream().anyMatch(h -> present.stream()
        .noneMatch(p -> p.from() <= h.from() && h.to() <= p.to()));
  }

  /**
   * True when the year closes a calendar date ("on 4 August 2020", "April 4, 2017", "in March 2019"): with
   * no date of its own, an item's dated event is read as its news, not as history.
   */
  private static boolean inCalendarDate(CueText text, int yearToken, CueSet cues) {
    for (int i = yearToken - 1; i >= Math.max(0, yearToken - 3); i--) {
      if (cues.months().contains(text.word(i))) {
        return true;
      }
    }
    return false;
  }

  /** True when the sentence speaks of now ("overnight", "on Tuesday"): it ends a background run. */
  static boolean isPresent(CueScan scan) {
    return scan.has("present");
  }

  private static int tokenAt(CueText text, int offset) {
    List<CueText.Token> tokens = text.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean notAYear(CueText text, int token, CueSet cues) {
    boolean unitAfter = token + 1 < text.size() && CuePhrase.anyWord(cues.guard("not-year-after"), text.word(token + 1));
    boolean clockBefore = token > 0 && CuePhrase.anyWord(cues.guard("not-year-before"), text.word(token - 1));
    return unitAfter || clockBefore;
  }

  private static boolean isYardstick(CueText text, int yearToken, CueSet cues) {
    for (int i = yearToken - 1; i >= Math.max(0, yearToken - 8); i--) {
      if (CuePhrase.anyWord(cues.guard("since"), text.word(i))) {
        for (int j = 0; j < i; j++) {
          if (CuePhrase.anyWord(cues.guard("comparison"), text.word(j))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }
}
