package io.wirewatch.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splitting plain text into paragraphs and collapsing white space. */
public final class PlainText {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0\\r]*\\n");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private PlainText() {}

  /**
   * Paragraphs of plain text: blocks separated by blank lines, each collapsed to one line. Text with
   * line breaks but no blank line at all is taken as one paragraph per line.
   */
  public static List<String> paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String t = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (!BLANK_LINE.matcher(t).find() && t.indexOf('\n') >= 0) {
      return nonBlank(List.of(t.split("\n")));
    }
    return blocks(t);
  }

  /** Blocks separated by blank lines, each collapsed to one line; blank blocks dropped. */
  public static List<String> blocks(String text) {
    if (text == null) {
      return List.of();
    }
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    return nonBlank(List.of(BLANK_LINE.split(t)));
  }

  /** All runs of white space (including no-break spaces) as one space, trimmed; null stays null. */
  public static String collapse(String text) {
    return text == null ? null : SPACE.matcher(text).replaceAll(" ").strip();
  }

  private static List<String> nonBlank(List<String> parts) {
    List<String> out = new ArrayList<>(parts.size());
    for (String part : parts) {
      String p = collapse(part);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }
}
