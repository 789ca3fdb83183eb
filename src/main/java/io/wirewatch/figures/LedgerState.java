package io.wirewatch.figures;

import io.wirewatch.model.Figure;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A story's figure ledger: per figure key ("killed|AM:troops") the values reported, oldest first, each with
 * its provenance. A value the ledger set aside (an older outlet's figure, an unsupported headline, a value
 * already reported) stays in the history with the reason, so the story shows what was said and why it did
 * not move the figure; the figure's current value is its newest entry that counts. Serialises with
 * {@code Json.mapper()}; entries written before {@code aside} existed read as counting.
 */
public record LedgerState(Map<String, List<Entry>> figures) {

  public LedgerState {
    figures = figures == null ? Map.of() : Map.copyOf(new TreeMap<>(figures));
  }

  public static LedgerState empty() {
    return new LedgerState(Map.of());
  }

  /** The history of one figure; empty when the story has none yet. */
  public List<Entry> history(String key) {
    return figures.getOrDefault(key, List.of());
  }

  /** The figure's current value: its newest entry that counts, or null. */
  public Entry current(String key) {
    return current(history(key));
  }

  static Entry current(List<Entry> history) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).counts()) {
        return history.get(i);
      }
    }
    return null;
  }

  /**
   * One reported value.
   *
   * @param value the number as given
   * @param qualifier "at_least", "about", ...
   * @param subject the subject as written
   * @param source the item's provenance
   * @param itemUri the item's uri
   * @param agency the item's agency
   * @param at the item's versionCreated (event time, not when it reached us); may be null
   * @param sentence the sentence the value was read from, at most {@value #SENTENCE_CHARS} characters
   * @param offset the number's character offset in the body; -1 for the headline
   * @param aside why the value did not move the figure ("older than the current figure", ...); null when it
   *     counts
   */
  public record Entry(long value, Figure.Qualifier qualifier, String subject, String source, String itemUri,
      String agency, Instant at, String sentence, int offset, String aside) {
    /** The longest sentence an entry keeps; the alert for the current item carries the whole sentence. */
    static final int SENTENCE_CHARS = 300;

    static Entry of(Figure f) {
      return aside(f, null);
    }

    static Entry aside(Figure f, String reason) {
      return new Entry(f.value(), f.qualifier(), f.subject(), f.source(), f.itemUri(), f.agency(), f.time(),
          excerpt(f.sentence()), f.offset(), reason);
    }

    /** At most {@link #SENTENCE_CHARS} of a sentence: story state stays small however many values it holds. */
    static String excerpt(String sentence) {
      if (sentence == null || sentence.length() <= SENTENCE_CHARS) {
        return sentence;
      }
      int cut = sentence.lastIndexOf(' ', SENTENCE_CHARS - 1);
      return sentence.substring(0, cut > SENTENCE_CHARS / 2 ? cut : SENTENCE_CHARS - 1) + "\u2026";
    }

    /** True when the value counts as the figure's value at its time. */
    public boolean counts() {
      return aside == null;
    }
  }
}
