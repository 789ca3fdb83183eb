package io.wirewatch.figures;

import io.wirewatch.model.Figure.Metric;
import java.util.List;

/**
 * "One of five people shot outside the bar has died", "One of four women wounded ... dies": the number is
 * everyone hit, the dead one among them, and the death is one killed. Read as it stands, the death verb would
 * make all five dead. So the number becomes an injured count of everyone hit (the item's killed count is
 * taken out of it, as for "five people were shot") and the one who died a killed count of one.
 */
final class OneOfDied {
  private OneOfDied() {}

  /** True when the number at {@code i} follows "one of" and the one's verb later in the sentence is a death. */
  static boolean at(List<Token> t, int i) {
    if (i < 2 || !t.get(i - 1).is("of") || !t.get(i - 2).is("one", "1")) {
      return false;
    }
    for (int j = i + 1; j < t.size(); j++) {
      if (t.get(j).is("dies", "died", "succumbed", "succumbs")) {
        return true;
      }
    }
    return false;
  }

  /** The figure read for the number, split into everyone hit (injured) and the one who died (killed). */
  static List<SentenceReader.Found> split(SentenceReader.Found f) {
    SentenceReader.Found hit = new SentenceReader.Found(Metric.INJURED, f.value(), f.qualifier(), f.subject(),
        f.subjectKey(), f.previous(), f.revised(), f.charStart(), false, true);
    SentenceReader.Found dead = new SentenceReader.Found(Metric.KILLED, 1, f.qualifier(), f.subject(),
        f.subjectKey(), f.previous(), f.revised(), f.charStart(), false, false);
    return List.of(dead, hit);
  }
}
