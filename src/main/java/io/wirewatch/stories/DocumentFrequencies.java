package io.wirewatch.stories;

import io.wirewatch.text.LatinSpelling;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many recent items contained each term: the stream's own IDF, learnt as copy arrives and forgotten as it
 * ages. Once per {@code halfLife} of event time every count and the item count are halved, and a term whose
 * count reaches zero is dropped: the ratio behind a common term's IDF barely moves, a term seen once long ago
 * becomes unseen again, and the vocabulary kept is about the recent copy's. Without a half-life (tests,
 * one-off scoring) nothing is forgotten.
 */
public final class DocumentFrequencies {
  /** The period of frequencies that have seen no event time yet: the first one sets it. */
  public static final long UNSET = Long.MIN_VALUE;

  private final Duration halfLife;
  private final Map<String, Long> counts = new HashMap<>();
  /**
   * The counts of the word stems ({@code w:}) that keep a letter with a diacritic ("w:año", "w:şişli"),
   * summed under their plain Latin spelling ("w:ano", "w:sisli"), as names are keyed: so that a name can be
   * looked up among the words the stream writes in lower case ({@link #wordCount}).
   */
  private final Map<String, Long> plainWords = new HashMap<>();
  private long documents;
  private long period;

  /** Frequencies over all time, starting from {@code restored} (tests, benchmarks, one-off scoring). */
  public DocumentFrequencies(Map<String, Long> restored, long documents) {
    this(null, UNSET, restored, documents);
  }

  /**
   * Decaying frequencies restored from state.
   *
   * @param halfLife how often counts are halved, or null for never
   * @param period the half-life period the counts were last decayed in, or {@link #UNSET} for fresh state
   */
  public DocumentFrequencies(Duration halfLife, long period, Map<String, Long> restored, long documents) {
    this.halfLife = halfLife;
    this.period = period;
    this.counts.putAll(restored);
    this.documents = documents;
    restored.forEach((t, n) -> {
      String plain = plainWord(t);
      if (plain != null) {
        plainWords.merge(plain, n, Long::sum);
      }
    });
  }

  public void observe(Set<String> terms) {
    documents++;
    for (String t : terms) {
      counts.merge(t, 1L, Long::sum);
      String plain = plainWord(t);
      if (plain != null) {
        plainWords.merge(plain, 1L, Long::sum);
      }
    }
  }

  /**
   * A word stem's plain Latin spelling, where it is written in Latin letters some of which carry diacritics;
   * null otherwise (a stem in another script is no spelling of a name read in capitals).
   */
  private static String plainWord(String term) {
    if (!term.startsWith("w:")) {
      return null;
    }
    boolean marked = false;
    for (int i = 2; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c >= 0x80) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.INHERITED) {
          return null;
        }
        marked = true;
      }
    }
    if (!marked) {
      return null;
    }
    String plain = LatinSpelling.of(term);
    return plain.equals(term) ? null : plain;
  }

  /**
   * How many recent items contained the word stem {@code term} ({@code w:} and a stem in plain Latin letters,
   * as a name's word stems are), however they wrote its letters: "w:ano" counts "año" and "ano", "w:sisli"
   * counts "şişli". A name is keyed in plain letters, so without this the words of a language with diacritics
   * were never found written in lower case.
   */
  public long wordCount(String term) {
    return counts.getOrDefault(term, 0L) + plainWords.getOrDefault(term, 0L);
  }

  /**
   * Decays the counts once per half-life passed between the last period and {@code at}. Returns the terms
   * dropped (their counts reached zero), empty when no half-life passed; {@link Decay#halvings()} tells
   * whether the remaining counts changed.
   */
  public Decay advanceTo(Instant at) {
    if (halfLife == null) {
      return Decay.NONE;
    }
    long target = Math.floorDiv(at.toEpochMilli(), halfLife.toMillis());
    if (period == UNSET || target <= period) {
      period = period == UNSET ? target : period;
      return Decay.NONE;
    }
    int halvings = (int) Math.min(63, target - period);
    period = target;
    Set<String> dropped = new HashSet<>();
    counts.replaceAll((t, n) -> n >> halvings);
    counts.entrySet().removeIf(e -> {
      boolean gone = e.getValue() == 0;
      if (gone) {
        dropped.add(e.getKey());
      }
      return gone;
    });
    plainWords.clear();
    counts.forEach((t, n) -> {
      String plain = plainWord(t);
      if (plain != null) {
        plainWords.merge(plain, n, Long::sum);
      }
    });
    documents >>= halvings;
    return new Decay(halvings, Set.copyOf(dropped));
  }

  /** Smoothed inverse document frequency; unseen terms get the highest weight. */
  public double idf(String term) {
    long df = counts.getOrDefault(term, 0L);
    return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }

  /**
   * The inverse document frequency of a word of one language among the items of that language: a word in
   * every Arabic report is common, however few of the stream's reports are Arabic (over all items it would
   * weigh like a rare word, and join a minority language's reports on its grammar). Falls back to {@link
   * #idf} when the language's count is unknown or smaller than the word's (a word that several languages
   * write alike, or counts from before languages were counted).
   */
  public double idfWithin(String term, long documentsInLanguage) {
    long df = counts.getOrDefault(term, 0L);
    if (documentsInLanguage <= 0 || documentsInLanguage < df) {
      return idf(term);
    }
    return Math.log((documentsInLanguage + 1.0) / (df + 1.0)) + 1.0;
  }

  public long documents() {
    return documents;
  }

  public long count(String term) {
    return counts.getOrDefault(term, 0L);
  }

  /** Every kept count (read-only), for writing them back after a decay. */
  public Map<String, Long> counts() {
    return Collections.unmodifiableMap(counts);
  }

  public long period() {
    return period;
  }

  /**
   * What one {@link #advanceTo} did.
   *
   * @param halvings how many times the counts were halved (0: nothing changed)
   * @param dropped the terms whose counts reached zero
   */
  public record Decay(int halvings, Set<String> dropped) {
    static final Decay NONE = new Decay(0, Set.of());
  }
}
