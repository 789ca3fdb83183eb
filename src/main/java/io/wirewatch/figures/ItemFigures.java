package io.wirewatch.figures;

import io.wirewatch.model.Figure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one item claims for each figure of its story, before the ledger compares it with what the story
 * already holds. A headline figure counts only when the body supports it (the body states the same metric
 * with the same value) or the body yields no figure at all (a flash with a bare headline): a headline the body
 * contradicts or does not mention is a sub-editor's rounding, a stale headline or another story's. An item
 * claims at most one value per figure key: for a count that only grows ({@link FigureLedger#cumulative}) its
 * largest, otherwise the first its body states; its other values of that key are set aside.
 */
final class ItemFigures {
  static final String UNSUPPORTED_HEADLINE = "headline figure the body does not support";
  static final String OTHER_VALUE_IN_ITEM = "another value of this figure in the same item";

  /** One figure of the item and, when it is not the item's claim, why. */
  record Claim(Figure figure, String aside) {
    boolean counts() {
      return aside == null;
    }
  }

  private ItemFigures() {}

  /** The item's figures in the order given, each marked as the item's claim or set aside with a reason. */
  static List<Claim> of(List<Figure> figures) {
    List<Figure> body = figures.stream().filter(f -> !headline(f)).toList();
    Map<String, Figure> chosen = new LinkedHashMap<>();
    for (Figure f : figures) {
      if (headline(f) && !supported(f, body)) {
        continue;
      }
      chosen.merge(f.key(), f, ItemFigures::preferred);
    }
    List<Claim> claims = new ArrayList<>();
    for (Figure f : figures) {
      if (headline(f) && !supported(f, body)) {
        claims.add(new Claim(f, UNSUPPORTED_HEADLINE));
      } else {
        claims.add(new Claim(f, chosen.get(f.key()) == f ? null : OTHER_VALUE_IN_ITEM));
      }
    }
    return claims;
  }

  static boolean headline(Figure f) {
    return f.offset() < 0;
  }

  private static boolean supported(Figure h, List<Figure> body) {
    return body.isEmpty() || body.stream().anyMatch(b -> b.metric() == h.metric() && b.value() == h.value());
  }

  /** Of two values of one key in one item: the larger of a growing count, else the body's first. */
  private static Figure preferred(Figure held, Figure next) {
    if (held.metric().cumulative()) {
      return next.value() > held.value() ? next : held;
    }
    return headline(held) && !headline(next) ? next : held;
  }
}
