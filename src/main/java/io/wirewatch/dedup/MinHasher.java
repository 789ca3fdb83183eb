package io.wirewatch.dedup;

import java.util.List;

/**
 * MinHash over hashed word shingles: the share of equal positions in two signatures estimates the Jaccard
 * similarity of the two texts' shingle sets. Deterministic (fixed seeds), so signatures computed on
 * different instances and before a restart compare.
 */
public final class MinHasher {
  private final int hashes;
  private final int shingleWords;
  private final long[] seeds;

  public MinHasher(int hashes, int shingleWords) {
    if (hashes < 1 || shingleWords < 1) {
      throw new IllegalArgumentException("hashes and shingle size must be >= 1");
    }
    this.hashes = hashes;
    this.shingleWords = shingleWords;
    this.seeds = new long[hashes];
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < hashes; i++) {
      s = mix(s + 0x632BE59BD9B4E019L);
      seeds[i] = s;
    }
  }

  public int hashes() {
    return hashes;
  }

  /** The signature of a word sequence; a text shorter than one shingle is one shingle. */
  public int[] signature(List<String> words) {
    int[] sig = new int[hashes];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    int n = Math.max(1, words.size() - shingleWords + 1);
    for (int i = 0; i < n; i++) {
      long h = shingleHash(words, i);
      for (int j = 0; j < hashes; j++) {
        int v = (int) (mix(h ^ seeds[j]) >>> 33);
        if (v < sig[j]) {
          sig[j] = v;
        }
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of the texts behind two signatures of the same hasher. */
  public static double similarity(int[] a, int[] b) {
    if (a == null || b == null || a.length != b.length || a.length == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  private long shingleHash(List<String> words, int from) {
    long h = 0xCBF29CE484222325L;
    int to = Math.min(words.size(), from + shingleWords);
    for (int i = from; i < to; i++) {
      String w = words.get(i);
      for (int k = 0; k < w.length(); k++) {
        h ^= w.charAt(k);
        h *= 0x100000001B3L;
      }
      h ^= ' ';
      h *= 0x100000001B3L;
    }
    return h;
  }

  /** SplitMix64 finaliser: a fast, well-mixed 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
