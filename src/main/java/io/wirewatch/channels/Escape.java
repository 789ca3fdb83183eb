package io.wirewatch.channels;

/**
 * Escaping of wire text for each medium. Wire copy is data: it may carry {@code <!channel>}, HTML or
 * terminal control sequences, and none of them may act on the receiving side.
 */
public final class Escape {
  private Escape() {}

  /** Slack mrkdwn: the three control characters Slack asks to escape, so {@code <!channel>} never pings. */
  public static String slack(String text) {
    return replace(text, false);
  }

  /** HTML text and attribute values. */
  public static String html(String text) {
    return replace(text, true);
  }

  private static String replace(String text, boolean quotes) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(quotes ? "&quot;" : "\"");
        case '\'' -> b.append(quotes ? "&#39;" : "'");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * One line of plain text: control characters (CR, LF, ESC and the rest) become spaces, so wire text can
   * neither inject a mail header nor drive a terminal.
   */
  public static String singleLine(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029
        ? ' ' : cp));
    return b.toString().replaceAll(" {2,}", " ").strip();
  }

  /** Plain text that keeps line breaks but drops every other control character. */
  public static String plain(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\n' || !Character.isISOControl(cp)) {
        b.appendCodePoint(cp);
      } else if (cp == '\t') {
        b.append(' ');
      }
    });
    return b.toString();
  }

  /** At most {@code max} characters, ending in an ellipsis when cut (cut before escaping). */
  public static String truncate(String text, int max) {
    if (text == null) {
      return "";
    }
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "\u2026";
  }
}
