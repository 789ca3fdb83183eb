package io.wirewatch.model;

import java.util.Map;

/**
 * An item with the signatures the deciding task needs: its content fingerprint and its weighted terms
 * (words, names, places, numbers; before IDF). The value of the single-partition {@code wire.signatures}.
 *
 * @param item the parsed item
 * @param content the text fingerprint for duplicate detection
 * @param terms feature -> weighted term frequency, for story clustering
 */
public record SignedItem(WireItem item, ContentSignature content, Map<String, Float> terms) {
  public SignedItem {
    terms = terms == null ? Map.of() : Map.copyOf(terms);
  }
}
