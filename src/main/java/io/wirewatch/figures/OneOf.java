package io.wirewatch.figures;

import java.util.List;

/**
 * "was one of five people shot", "One of 5 shot in bar dies": a count after "one of" names the group the one
 * belongs to. The group is everyone hit, the dead included (so its injured count is reduced by the item's
 * killed count, like "five people were shot"); when a death verb follows the group ("dies", "has died"),
 * the death is the one's, not the group's.
 */
final class OneOf {
  private OneOf() {}

  /** True when the number at {@code i} follows "one of". */
  static boolean at(List<Token> t, int i) {
    return i >= 2 && t.get(i - 1).is("of") && t.get(i - 2).is("one", "1");
  }

  /** True when a finite death verb follows the group in its clause: the one died. */
  static boolean oneDied(List<Token> t, int from) {
    for (int k = from; k < t.size() && !t.get(k).isClauseBreak(); k++) {
      if (t.get(k).is("dies", "died", "succumbed", "succumbs")) {
        return true;
      }
    }
    return false;
  }
}
