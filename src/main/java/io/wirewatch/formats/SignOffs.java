package io.wirewatch.formats;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Trailing boilerplate at the end of a body: agency sign-offs and credits, removed from the body but
 * kept aside (they may name the agency). Removed from the end only, paragraph by paragraph: AFP desk
 * initials ("mkh/jj", "eg-mkh/jj"), dpa signatures ("dpa lk xx ab"), Reuters credits in parentheses
 * ("(Reporting by ...; Editing by ...)" - stripped: they name people, not facts), AP separators
 * ("___") and "Associated Press writer ... contributed" lines, "With reporting by ...", "Read More",
 * RFE/RL service names, copyright and "All rights reserved" lines.
 */
final class SignOffs {
  private static final List<Pattern> TRAILING = List.of(
      Pattern.compile("[a-z]{1,5}(?:[-/][a-z]{1,5}){1,6}"),
      Pattern.compile("(?i)dpa(?:\\s+[a-z]{1,4}){1,6}"),
      Pattern.compile("\\((?i:reporting|additional reporting|writing|editing|compiled|by|graphic)\\b[^()]{0,400}\\)"),
      Pattern.compile("[_\\-*=]{3,}"),
      Pattern.compile("(?i)associated press writers? .{0,300}contributed(?: to this (?:report|story))?\\.?"),
      Pattern.compile("(?i)with (?:additional )?reporting by .{0,300}"),
      Pattern.compile("(?i)read more\\.?"),
      Pattern.compile("(?i)(?:rfe/?rl'?s?|radio free europe/radio liberty'?s?)\\b.{0,80}\\bservice\\.?"),
      Pattern.compile("(?i)(?:copyright|\\(c\\)|\u00A9).{0,300}"),
      Pattern.compile("(?i).{0,300}all rights reserved\\.?"));

  /** A body without its trailing sign-offs, and the sign-offs removed (in body order). */
  record Split(List<String> body, List<String> signOffs) {}

  private SignOffs() {}

  static Split split(List<String> paragraphs) {
    int end = paragraphs.size();
    while (end > 0 && isSignOff(paragraphs.get(end - 1))) {
      end--;
    }
    return new Split(List.copyOf(paragraphs.subList(0, end)),
        List.copyOf(paragraphs.subList(end, paragraphs.size())));
  }

  static boolean isSignOff(String paragraph) {
    String p = paragraph.strip();
    for (Pattern pattern : TRAILING) {
      if (pattern.matcher(p).matches()) {
        return true;
      }
    }
    return false;
  }
}
