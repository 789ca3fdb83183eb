package io.wirewatch.stories;

import java.util.Collection;

/**
 * A bit set over the hashes of one story's terms (two bits a term, about eight bits a term in all): it tells
 * the clusterer that a story cannot hold a term without a lookup in the story's centroid. Most of an item's
 * terms are in no candidate story, and each such lookup compared the term with the strings it collided with;
 * the filter answers those from a few cache lines. It may say "maybe" for a term the story lacks (about two
 * in a hundred), never "no" for one it holds, so scores are the same with it as without.
 */
final class TermFilter {
  private static final int MIN_BITS = 64;
  private static final int MAX_BITS = 1 << 16;

  private final long[] words;
  /** How far a 32-bit hash is shifted to leave an index into the bits (its high bits, the well-mixed ones). */
  private final int shift;

  private TermFilter(int bits) {
    words = new long[bits >>> 6];
    shift = Integer.numberOfLeadingZeros(bits) + 1;
  }

  /** A filter holding {@code terms}. */
  static TermFilter of(Collection<String> terms) {
    int bits = Math.max(MIN_BITS, Math.min(MAX_BITS, Integer.highestOneBit(Math.max(1, terms.size()) * 8 - 1) << 1));
    TermFilter f = new TermFilter(bits);
    for (String t : terms) {
      int h = t.hashCode();
      f.set(first(h));
      f.set(second(h));
    }
    return f;
  }

  /** False when the story surely lacks {@code term}; true when it may hold it. */
  boolean mayHold(String term) {
    int h = term.hashCode();
    return get(first(h)) && get(second(h));
  }

  private static int first(int h) {
    return h * 0x9E3779B9;
  }

  private static int second(int h) {
    return (h ^ (h >>> 16)) * 0x85EBCA6B;
  }

  private void set(int hash) {
    int bit = hash >>> shift;
    words[bit >>> 6] |= 1L << bit;
  }

  private boolean get(int hash) {
    int bit = hash >>> shift;
    return (words[bit >>> 6] & (1L << bit)) != 0;
  }
}
