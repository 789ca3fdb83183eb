package io.wirewatch.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns HTML (or XHTML, or NITF-ish markup) into plain text paragraphs. Markup is never kept:
 * script, style and head sections are dropped with their content, block tags ({@code p}, {@code br},
 * {@code div}, headings, list items ...) become paragraph breaks, every other tag is removed, named and
 * numeric entities are decoded and white space is collapsed.
 */
public final class HtmlText {
  private static final Set<String> DROPPED = Set.of("script", "style", "head", "title", "noscript", "template");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "aside", "h1", "h2", "h3",
      "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "tr", "td", "th", "table", "header",
      "footer", "pre", "hr", "body", "html", "br", "block", "hl1", "hl2", "figure", "figcaption");
  private static final Pattern TAG_LIKE = Pattern.compile("<[A-Za-z/!?][^>]{0,2000}>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "\u2013"),
      Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"),
      Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
      Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"), Map.entry("copy", "\u00A9"),
      Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"), Map.entry("euro", "\u20AC"),
      Map.entry("pound", "\u00A3"), Map.entry("deg", "\u00B0"), Map.entry("shy", ""),
      Map.entry("eacute", "\u00E9"), Map.entry("egrave", "\u00E8"), Map.entry("aacute", "\u00E1"),
      Map.entry("agrave", "\u00E0"), Map.entry("iacute", "\u00ED"), Map.entry("oacute", "\u00F3"),
      Map.entry("uacute", "\u00FA"), Map.entry("ntilde", "\u00F1"), Map.entry("ccedil", "\u00E7"),
      Map.entry("auml", "\u00E4"), Map.entry("ouml", "\u00F6"), Map.entry("uuml", "\u00FC"),
      Map.entry("Auml", "\u00C4"), Map.entry("Ouml", "\u00D6"), Map.entry("Uuml", "\u00DC"),
      Map.entry("szlig", "\u00DF"), Map.entry("middot", "\u00B7"), Map.entry("bull", "\u2022"),
      Map.entry("thinsp", " "), Map.entry("ensp", " "), Map.entry("emsp", " "));

  private HtmlText() {}

  /** The paragraphs of an HTML fragment as plain text; never null, never contains blank entries. */
  public static List<String> paragraphs(String html) {
    if (html == null || html.isBlank()) {
      return List.of();
    }
    return PlainText.blocks(decodeEntities(stripTags(html)));
  }

  /** The HTML fragment as one line of plain text (for headlines, bylines and the like). */
  public static String inline(String html) {
    if (html == null) {
      return null;
    }
    return PlainText.collapse(decodeEntities(stripTags(html)));
  }

  /** True when the text contains something that looks like a tag or an entity. */
  public static boolean hasMarkup(String text) {
    return text != null && (TAG_LIKE.matcher(text).find() || ENTITY.matcher(text).find());
  }

  /**
   * Removes tags in one linear pass (no regular-expression backtracking on hostile input); block-level
   * tags become blank lines so paragraphs survive; script, style and head elements go with their content.
   */
  static String stripTags(String html) {
    StringBuilder out = new StringBuilder(html.length());
    int n = html.length();
    int i = 0;
    while (i < n) {
      char c = html.charAt(i);
      if (c != '<' || i + 1 >= n || !startsTag(html.charAt(i + 1))) {
        out.append(c);
        i++;
        continue;
      }
      if (html.startsWith("<!--", i)) {
        int end = html.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
        out.append(' ');
        continue;
      }
      int gt = html.indexOf('>', i + 1);
      if (gt < 0) {
        out.append(html, i, n);
        break;
      }
      String name = tagName(html, i + 1, gt);
      boolean closing = html.charAt(i + 1) == '/';
      if (!closing && DROPPED.contains(name) && html.charAt(gt - 1) != '/') {
        i = skipElement(html, name, gt + 1);
        out.append(' ');
        continue;
      }
      out.append(BLOCKS.contains(name) ? "\n\n" : "");
      i = gt + 1;
    }
    return out.toString();
  }

  private static boolean startsTag(char c) {
    return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
  }

  private static String tagName(String html, int from, int to) {
    int start = html.charAt(from) == '/' ? from + 1 : from;
    int end = start;
    while (end < to && (Character.isLetterOrDigit(html.charAt(end)) || html.charAt(end) == '.')) {
      end++;
    }
    return html.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** The index after the closing tag of the element, or the end when it is never closed. */
  private static int skipElement(String html, String name, int from) {
    String close = "</" + name;
    for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
      if (html.regionMatches(true, i, close, 0, close.length())) {
        int gt = html.indexOf('>', i);
        return gt < 0 ? html.length() : gt + 1;
      }
    }
    return html.length();
  }

  /** Decodes named (a common subset) and numeric character references; unknown names stay as written. */
  public static String decodeEntities(String text) {
    if (text == null || text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(decodeOne(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String decodeOne(String name, String asWritten) {
    if (name.charAt(0) != '#') {
      return NAMED.getOrDefault(name, asWritten);
    }
    boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
    int cp;
    try {
      cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
    } catch (NumberFormatException e) {
      return asWritten;
    }
    if (cp == 0xA0) {
      return " ";
    }
    boolean valid = cp > 0 && cp <= Character.MAX_CODE_POINT && (cp < 0xD800 || cp > 0xDFFF);
    return valid ? new String(Character.toChars(cp)) : "\uFFFD";
  }
}
