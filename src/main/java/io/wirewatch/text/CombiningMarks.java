package io.wirewatch.text;

/**
 * Bounds runs of combining marks ("Zalgo" text) to the Unicode Stream-Safe limit of 30 (UAX #15). No
 * language needs more, and an unbounded run makes every {@code \b} of Java's regex engine look back over
 * the whole run (a mark has no word status of its own), so a headline of 20,000 marks costs seconds to
 * minutes per pattern. Applied where wire text is decoded, every later regex stays linear.
 */
public final class CombiningMarks {
  /** The longest run of combining marks kept (UAX #15 Stream-Safe Text Format). */
  public static final int MAX_RUN = 30;

  private CombiningMarks() {}

  /** {@code text} with every run of combining marks cut to {@link #MAX_RUN}; null stays null. */
  public static String bounded(String text) {
    if (text == null || !hasLongRun(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int run = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      run = isMark(cp) ? run + 1 : 0;
      if (run <= MAX_RUN) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static boolean hasLongRun(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      run = isMark(cp) ? run + 1 : 0;
      if (run > MAX_RUN) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
