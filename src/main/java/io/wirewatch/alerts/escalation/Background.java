package io.wirewatch.alerts.escalation;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells background sentences from news: a sentence that names an earlier year ("the 2020 war killed
 * 6,500"), a decade ("the 1990s") or a historical phrase ("two years ago"). A year after "since" that
 * follows a comparison ("the deadliest clashes since their 2020 war") is a yardstick, not background.
 */
final class Background {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d|\\d[,.])(1[89]\\d\\d|20\\d\\d)(s?)(?!\\d|[,.]\\d)");
  private static final Set<String> NOT_A_YEAR_AFTER = Set.of("gmt", "utc", "local", "hours", "hrs", "h",
      "am", "pm", "cet", "cest", "est", "edt", "bst", "msk", "people", "troops", "km", "kph", "metres", "meters");

  private Background() {}

  /** True when the sentence is about the past; {@code currentYear} 0 means unknown (every year is past). */
  static boolean isHistorical(CueText text, int currentYear, LanguageCues cues) {
    if (cues.any(cues.historical(), text)) {
      return true;
    }
    Matcher m = YEAR.matcher(text.sentence());
    while (m.find()) {
      int token = tokenAt(text, m.start());
      if (token < 0 || notAYear(text, token)) {
        continue;
      }
      if (!m.group(2).isEmpty()) {
        return true;
      }
      int year = Integer.parseInt(m.group(1));
      if ((currentYear == 0 || year < currentYear) && !isYardstick(text, token, cues)) {
        return true;
      }
    }
    return false;
  }

  /** True when the sentence speaks of now ("overnight", "on Tuesday"): it ends a background run. */
  static boolean isPresent(CueText text, LanguageCues cues) {
    return cues.any(cues.presentTime(), text);
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

  private static boolean notAYear(CueText text, int token) {
    boolean timeAfter = token + 1 < text.size() && NOT_A_YEAR_AFTER.contains(text.word(token + 1));
    boolean atBefore = token > 0 && text.word(token - 1).equals("at");
    return timeAfter || atBefore;
  }

  private static boolean isYardstick(CueText text, int yearToken, LanguageCues cues) {
    for (int i = yearToken - 1; i >= Math.max(0, yearToken - 8); i--) {
      if (text.word(i).equals("since")) {
        for (int j = 0; j < i; j++) {
          if (CuePhrase.anyWord(cues.comparisons(), text.word(j))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }
}
