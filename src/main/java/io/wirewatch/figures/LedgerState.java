package io.wirewatch.figures;

import io.wirewatch.model.Figure;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A story's figure ledger: per figure key ("killed|armenia:troops") the values reported, oldest first, each
 * with its provenance. The last entry is the figure's latest value. Serialises with {@code Json.mapper()}.
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

  /**
   * One reported value.
   *
   * @param value the number as given
   * @param qualifier "at_least", "about", ...
   * @param subject the subject as written
   * @param source the item's provenance
   * @param itemUri the item's uri
   * @param agency the item's agency
   * @param at the item's versionCreated; may be null
   * @param sentence the sentence the value was read from
   * @param offset the number's character offset in the body; -1 for the headline
   */
  public record Entry(long value, Figure.Qualifier qualifier, String subject, String source, String itemUri,
      String agency, Instant at, String sentence, int offset) {

    static Entry of(Figure f) {
      return new Entry(f.value(), f.qualifier(), f.subject(), f.source(), f.itemUri(), f.agency(), f.time(),
          f.sentence(), f.offset());
    }
  }
}
