package io.wirewatch.model;

import java.util.List;

/**
 * A compact fingerprint of an item's text, computed once in the parallel parse stage so that duplicate
 * detection in the single deciding task is cheap.
 *
 * @param exactHash hash of the normalised text (exact duplicates, whatever the headline or uri)
 * @param minHash MinHash of the word shingles of the normalised text (near duplicates)
 * @param numbers the numbers the text states, sorted (a re-send adds none; an update changes them)
 * @param words how many words the fingerprinted text has
 */
public record ContentSignature(String exactHash, int[] minHash, List<String> numbers, int words) {
  public ContentSignature {
    numbers = numbers == null ? List.of() : List.copyOf(numbers);
  }
}
