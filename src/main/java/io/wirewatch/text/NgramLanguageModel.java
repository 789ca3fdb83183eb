package io.wirewatch.text;

import java.util.Optional;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * OpenNLP's language-detection model read directly: the same normalised text, the same lower-cased character
 * n-grams of one to three characters, each counted once, and the same maximum-entropy weights, summed per
 * language and normalised as the model does. OpenNLP builds every n-gram as an object, counts them in two hash
 * maps, makes each a string and looks it up by that string; here an n-gram is a packed {@code long} looked up
 * in one flat table of the model's weights, so detection, which the pipeline runs on every item, costs a
 * fraction of what it did. Only the model's own layout is read: a model built with another context generator
 * or another kind of maximum-entropy model is refused ({@link #of}), and the caller keeps OpenNLP's detector.
 */
final class NgramLanguageModel {
  private static final int MAX_GRAM = 3;
  private static final String VOWELS = "aeiouAEIOU";
  /**
   * A predicate with weights for at least this many languages is kept as a full row, added to the sums in
   * one pass the JIT can vectorise: the n-grams every text has (single letters, common pairs) are these.
   */
  private static final int DENSE = 24;

  private final String[] outcomes;
  /** Open-addressing table from a packed n-gram to its predicate's index; a free slot holds 0. */
  private final long[] keys;
  private final int[] slots;
  private final int mask;
  /** Predicate {@code p}'s weights are {@code weights[starts[p] .. starts[p + 1])} for the languages in {@code languages}. */
  private final int[] starts;
  private final int[] languages;
  private final double[] weights;
  /** Predicate {@code p}'s full row starts at {@code rows[dense[p]]}, or {@code dense[p]} is -1. */
  private final int[] dense;
  private final double[] rows;
  private final double logPrior;

  private NgramLanguageModel(String[] outcomes, long[] keys, int[] slots, int[] starts, int[] languages,
      double[] weights, int[] dense, double[] rows) {
    this.outcomes = outcomes;
    this.keys = keys;
    this.slots = slots;
    this.mask = keys.length - 1;
    this.starts = starts;
    this.languages = languages;
    this.weights = weights;
    this.dense = dense;
    this.rows = rows;
    this.logPrior = StrictMath.log(1.0 / outcomes.length);
  }

  /** The model read for direct scoring, or empty when it is not laid out as OpenNLP's default detector's. */
  @SuppressWarnings("unchecked")
  static Optional<NgramLanguageModel> of(LanguageDetectorModel model) {
    if (model.getFactory().getClass() != LanguageDetectorFactory.class
        || !(model.getMaxentModel() instanceof GISModel gis)) {
      return Optional.empty();
    }
    Object[] data = gis.getDataStructures();
    java.util.Map<String, Context> predicates = (java.util.Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    int n = 0;
    int entries = 0;
    for (var e : predicates.entrySet()) {
      if (!e.getKey().isEmpty() && e.getKey().length() <= MAX_GRAM) {
        n++;
        entries += e.getValue().getOutcomes().length;
      }
    }
    int capacity = Integer.highestOneBit(Math.max(4, n) * 2) * 2;
    long[] keys = new long[capacity];
    int[] slots = new int[capacity];
    int[] starts = new int[n + 1];
    int[] languages = new int[entries];
    double[] weights = new double[entries];
    int p = 0;
    int at = 0;
    for (var e : predicates.entrySet()) {
      String gram = e.getKey();
      if (gram.isEmpty() || gram.length() > MAX_GRAM) {
        continue;
      }
      long key = pack(gram.toCharArray(), 0, gram.length());
      int i = index(key, capacity - 1);
      while (keys[i] != 0) {
        i = (i + 1) & (capacity - 1);
      }
      keys[i] = key;
      slots[i] = p;
      starts[p] = at;
      int[] outs = e.getValue().getOutcomes();
      double[] params = e.getValue().getParameters();
      System.arraycopy(outs, 0, languages, at, outs.length);
      System.arraycopy(params, 0, weights, at, outs.length);
      at += outs.length;
      p++;
    }
    starts[n] = at;
    int[] dense = new int[n];
    int full = 0;
    for (int q = 0; q < n; q++) {
      dense[q] = starts[q + 1] - starts[q] >= DENSE ? full++ * outcomes.length : -1;
    }
    double[] rows = new double[full * outcomes.length];
    for (int q = 0; q < n; q++) {
      for (int k = starts[q]; dense[q] >= 0 && k < starts[q + 1]; k++) {
        rows[dense[q] + languages[k]] = weights[k];
      }
    }
    return Optional.of(new NgramLanguageModel(outcomes, keys, slots, starts, languages, weights, dense, rows));
  }

  /** The two likeliest languages of {@code text} and their probabilities, as the model ranks them. */
  Ranked rank(CharSequence text) {
    char[] low = lowerCase(normalise(text));
    double[] sums = new double[outcomes.length];
    java.util.Arrays.fill(sums, logPrior);
    IntSet seen = new IntSet(low.length * MAX_GRAM);
    for (int length = 1; length <= MAX_GRAM; length++) {
      for (int i = 0; i + length <= low.length; i++) {
        int p = find(pack(low, i, length));
        if (p >= 0 && seen.add(p)) {
          add(p, sums);
        }
      }
    }
    double normal = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      normal += sums[o];
    }
    int best = -1;
    int next = -1;
    for (int o = 0; o < sums.length; o++) {
      if (best < 0 || sums[o] > sums[best]) {
        next = best;
        best = o;
      } else if (next < 0 || sums[o] > sums[next]) {
        next = o;
      }
    }
    return new Ranked(outcomes[best], sums[best] / normal, next < 0 ? 0 : sums[next] / normal);
  }

  /**
   * Adds predicate {@code p}'s weights to the sums; a full row's zeros for the languages it has no weight for
   * leave those sums exactly as they are, so both forms add the same.
   */
  private void add(int p, double[] sums) {
    int row = dense[p];
    if (row >= 0) {
      for (int o = 0; o < sums.length; o++) {
        sums[o] += rows[row + o];
      }
    } else {
      for (int k = starts[p]; k < starts[p + 1]; k++) {
        sums[languages[k]] += weights[k];
      }
    }
  }

  /**
   * The two best languages: {@code code} as the model names it, with its probability and the runner-up's.
   */
  record Ranked(String code, double confidence, double nextConfidence) {}

  private int find(long key) {
    int i = index(key, mask);
    while (true) {
      long k = keys[i];
      if (k == key) {
        return slots[i];
      }
      if (k == 0) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** Characters and length in one number: never 0, as the length is at least one. */
  private static long pack(char[] chars, int from, int length) {
    long key = length;
    for (int i = 0; i < length; i++) {
      key = (key << 16) | chars[from + i];
    }
    return key;
  }

  private static int index(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /**
   * The text as OpenNLP's detector normalises it before reading n-grams (emoji, links and mail addresses,
   * hashtags, handles, retweet marks, smileys and laughter, digits, runs of spaces and of one letter), each of
   * its normalisers applied in its order but only where the text holds what it rewrites: most copy holds no
   * link, handle or smiley, and a pattern that cannot match leaves the text as it is.
   */
  static CharSequence normalise(CharSequence text) {
    CharSequence t = text;
    // The emoji pattern's class reads as U+D83C to U+10FC00 and a hyphen: it also blanks hyphens, full-width
    // punctuation and presentation forms, and this check must find whatever it would blank.
    if (any(t, c -> c == '-' || c >= '\ud83c')) {
      t = EmojiCharSequenceNormalizer.getInstance().normalize(t);
    }
    if (contains(t, "http") || contains(t, "@")) {
      t = UrlCharSequenceNormalizer.getInstance().normalize(t);
    }
    if (contains(t, "#") || contains(t, "@") || mayRetweet(t) || maySmile(t) || mayLaugh(t)) {
      t = TwitterCharSequenceNormalizer.getInstance().normalize(t);
    }
    if (any(t, c -> c >= '0' && c <= '9')) {
      t = NumberCharSequenceNormalizer.getInstance().normalize(t);
    }
    if (mayShrink(t)) {
      return ShrinkCharSequenceNormalizer.getInstance().normalize(t);
    }
    return t.toString().trim();
  }

  private interface CharTest {
    boolean test(char c);
  }

  private static boolean any(CharSequence t, CharTest test) {
    for (int i = 0; i < t.length(); i++) {
      if (test.test(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(CharSequence t, String part) {
    return t.toString().contains(part);
  }

  /** "rt " or "rt:" in any case: the retweet mark's pattern needs one. */
  private static boolean mayRetweet(CharSequence t) {
    for (int i = 0; i + 2 < t.length(); i++) {
      char r = t.charAt(i);
      char s = t.charAt(i + 1);
      char end = t.charAt(i + 2);
      if ((r == 'r' || r == 'R') && (s == 't' || s == 'T') && (end == ' ' || end == ':')) {
        return true;
      }
    }
    return false;
  }

  /** ":", ";" or "x", an optional "-", then a bracket, "d", "o" or "p": what the smiley pattern reads. */
  private static boolean maySmile(CharSequence t) {
    for (int i = 0; i + 1 < t.length(); i++) {
      char eyes = t.charAt(i);
      if (eyes == ':' || eyes == ';' || eyes == 'x' || eyes == 'X') {
        int j = t.charAt(i + 1) == '-' ? i + 2 : i + 1;
        if (j < t.length() && "()dopDOP".indexOf(t.charAt(j)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** An "h" or "j", vowels, the same letter again and a vowel ("haha", "jeje"): what the laughter pattern reads. */
  private static boolean mayLaugh(CharSequence t) {
    for (int i = 0; i + 3 < t.length(); i++) {
      char h = Character.toLowerCase(t.charAt(i));
      if ((h == 'h' || h == 'j') && VOWELS.indexOf(t.charAt(i + 1)) >= 0) {
        int k = i + 1;
        while (k < t.length() && VOWELS.indexOf(t.charAt(k)) >= 0) {
          k++;
        }
        if (k + 1 < t.length() && Character.toLowerCase(t.charAt(k)) == h
            && VOWELS.indexOf(t.charAt(k + 1)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Two white-space characters in a row, or one character three times in any case: what shrinking reads. */
  private static boolean mayShrink(CharSequence t) {
    for (int i = 0; i + 1 < t.length(); i++) {
      char a = t.charAt(i);
      char b = t.charAt(i + 1);
      if (space(a) && space(b)) {
        return true;
      }
      if (i + 2 < t.length() && fold(a) == fold(b) && fold(b) == fold(t.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** Lower case per code point into as many characters as the text has, as OpenNLP's n-gram model reads it. */
  private static char[] lowerCase(CharSequence text) {
    char[] out = new char[text.length()];
    int at = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      int lower = Character.toLowerCase(cp);
      if (at + Character.charCount(lower) > out.length) {
        break;
      }
      at += Character.toChars(lower, out, at);
    }
    return out;
  }

  /** The predicates already counted for one text: each n-gram counts once, however often it occurs. */
  private static final class IntSet {
    private final int[] table;
    private final int mask;

    IntSet(int expected) {
      table = new int[Integer.highestOneBit(Math.max(8, expected) * 2)];
      mask = table.length - 1;
    }

    boolean add(int value) {
      int stored = value + 1;
      int i = index(stored, mask);
      while (table[i] != 0) {
        if (table[i] == stored) {
          return false;
        }
        i = (i + 1) & mask;
      }
      table[i] = stored;
      return true;
    }
  }
}
