package io.wirewatch.figures;

import java.util.List;

/**
 * A count after "one of" names the group the one belongs to: "was one of five people shot" is everyone hit,
 * the dead included (the item's killed count is taken out of it, as for "five people were shot"). "One of
 * five people shot outside the bar has died", "One of four women wounded ... dies": read as it stands, the
 * death verb would make all five dead; the number is everyone hit and the one who died a killed count of one.
 */
final class OneOf {
  private static final String[] OF = LegacyWords.array("preposition-of");
  private static final String[] ONE = LegacyWords.array("one-word", "1");
  private static final String[] DIED = LegacyWords.array("one-of-died");
  private OneOf() {}

  /** True when the number at {@code i} follows "one of". */
  static boolean group(List<Token> t, int i) {
    return i >= 2 && t.get(i - 1).is(OF) && t.get(i - 2).is(ONE);
  }

  /** True when the number at {@code i} follows "one of" and the one's verb later in the sentence is a death. */
  static boolean died(List<Token> t, int i) {
    if (!group(t, i)) {
      return false;
    }
    for (int j = i + 1; j < t.size(); j++) {
      if (t.get(j).is(DIED)) {
        return true;
      }
    }
    return false;
  }
}
