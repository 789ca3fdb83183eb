package io.wirewatch.channels;

/**
 * Escaping of wire text for each medium. Wire copy is data: it may carry {@code <!channel>}, HTML, Markdown
 * links, bidirectional overrides (U+202E shows a headline reversed) or terminal control sequences, and none
 * of them may act on the receiving side. Every function here drops the bidi controls; {@link #wireText}
 * also breaks what a client would turn into a link on its own (URLs, {@code www.} names, e-mail addresses).
 */
public final class Escape {
  private static final String ZWSP = "\u200B";

  private Escape() {}

  /**
   * Wire text as every channel shows it: bidi controls dropped, and a zero-width space put into
   * {@code ://}, {@code www.} and {@code @} so no client auto-links it. Null stays null.
   */
  public static String wireText(String text) {
    if (text == null) {
      return null;
    }
    return withoutBidi(text).replace("://", ":" + ZWSP + "//").replace("www.", "www" + ZWSP + ".")
        .replace("WWW.", "WWW" + ZWSP + ".").replace("@", "@" + ZWSP);
  }

  /** {@code text} without the Unicode bidirectional controls (embeddings, overrides, isolates, marks). */
  public static String withoutBidi(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isBidiControl(c)) {
        if (b == null) {
          b = new StringBuilder(text.length()).append(text, 0, i);
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }

  static boolean isBidiControl(char c) {
    return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Slack mrkdwn: the three control characters Slack asks to escape, so {@code <!channel>} never pings, and
   * the formatting marks {@code * _ ~ `} swapped for look-alikes that format nothing (mrkdwn has no escape).
   */
  public static String slack(String text) {
    return replace(text, false).replace('*', '\u2217').replace('_', '\u02CD').replace('~', '\u223C')
        .replace('`', '\u02CB');
  }

  /**
   * Teams (Adaptive Card TextBlock and FactSet): every Markdown punctuation mark is backslash-escaped, so
   * {@code [text](url)} is no link and {@code **x**} no emphasis, and no brace opens a date function.
   */
  public static String teams(String text) {
    if (text == null) {
      return "";
    }
    String t = withoutBidi(text);
    StringBuilder b = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ("\\`*_[]{}#~|".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** HTML text and attribute values. */
  public static String html(String text) {
    return replace(text, true);
  }

  private static String replace(String raw, boolean quotes) {
    if (raw == null) {
      return "";
    }
    String text = withoutBidi(raw);
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
  public static String singleLine(String raw) {
    if (raw == null) {
      return "";
    }
    String text = withoutBidi(raw);
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029
        ? ' ' : cp));
    return b.toString().replaceAll(" {2,}", " ").strip();
  }

  /** Plain text that keeps line breaks but drops every other control character. */
  public static String plain(String raw) {
    if (raw == null) {
      return "";
    }
    String text = withoutBidi(raw);
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
