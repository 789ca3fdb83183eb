package io.wirewatch.text;

/**
 * Replaces lone UTF-16 surrogates (a JSON {@code \ud800} escape without its pair) with U+FFFD. Such a
 * string cannot be encoded as UTF-8: writing it to a topic, a file or a channel fails, so it is mended where
 * wire text is decoded.
 */
public final class LoneSurrogates {
  private LoneSurrogates() {}

  /** {@code text} with every unpaired surrogate replaced by U+FFFD; null stays null. */
  public static String replaced(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        if (b != null) {
          b.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (b == null) {
          b = new StringBuilder(text.length()).append(text, 0, i);
        }
        b.append('\uFFFD');
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }
}
