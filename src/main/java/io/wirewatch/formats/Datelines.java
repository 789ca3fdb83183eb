package io.wirewatch.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dateline agencies put at the start of the first paragraph: "YEREVAN, Sept 13 (Reuters) - ...". */
final class Datelines {
  private static final Pattern LEAD = Pattern.compile(
      "^(\\S.{0,80}?\\((?:AP|Reuters|AFP|dpa|RFE/RL)\\))\\s*(?:--|\u2014|\u2013|-)\\s");

  private Datelines() {}

  /** The dateline, e.g. "YEREVAN, Sept 13 (Reuters)", or null when the paragraph has none. */
  static String fromParagraph(String paragraph) {
    if (paragraph == null) {
      return null;
    }
    Matcher m = LEAD.matcher(paragraph);
    return m.find() ? m.group(1).strip() : null;
  }
}
