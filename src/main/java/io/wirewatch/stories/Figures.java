package io.wirewatch.stories;

import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text states, written as digits, read the same in every language: grouped thousands
 * ("20,000", "20.000", "20 000" are 20000), decimals ("4.6" and "4,6" are 4.6), in any script's digits
 * ("١٢" is 12), whole numbers of two
 * digits or more, and years (1900-2099 standing alone) apart from the other numbers. Single digits say too
 * little to link reports. Pure.
 */
final class Figures {
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\d.,])(\\d{1,3}(?:([.,\u00a0\u202f ])\\d{3})(?:\\2\\d{3})*|\\d+(?:[.,]\\d{1,2})?)(?![\\d\\p{L}]|[.,]\\d)");

  private Figures() {}

  /**
   * {@code text} with the decimal digits of other scripts written as ASCII digits (Arabic-Indic "١٢" as "12",
   * Persian, Devanagari): the same number in whichever digits a desk writes it. A text without such digits is
   * returned as is.
   */
  static String westernDigits(String text) {
    StringBuilder out = null;
    for (int i = 0; text != null && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > '9' && Character.isDigit(c)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return out == null ? text : out.toString();
  }

  /** Calls {@code sink} with ("y", year) or ("d", number) for each number in the text. */
  static void each(String text, BiConsumer<String, String> sink) {
    if (text == null) {
      return;
    }
    Matcher m = NUMBER.matcher(westernDigits(text));
    while (m.find()) {
      String raw = m.group(1);
      String n;
      if (m.group(2) != null) {
        n = raw.replaceAll("[^\\d]", "");
      } else {
        n = raw.replace(',', '.');
      }
      if (n.matches("(?:19|20)\\d\\d") && m.group(2) == null) {
        sink.accept("y", n);
      } else if (n.contains(".") || n.length() >= 2) {
        sink.accept("d", n.replaceFirst("^0+(?=\\d)", ""));
      }
    }
  }
}
