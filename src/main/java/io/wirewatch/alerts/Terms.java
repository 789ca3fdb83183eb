package io.wirewatch.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Content words of English text as stems (Lucene's {@link EnglishAnalyzer}: stop words and possessives
 * dropped, Porter stems), without numbers, number words and words every wire story uses ("said", "update").
 * Two stems match when equal or when one starts with the other and the shorter has at least five letters,
 * so "India" meets "Indian" and "Mongolia" meets "Mongolian".
 */
public final class Terms {
  private static final Analyzer ANALYZER = new EnglishAnalyzer();
  private static final Set<String> GENERIC = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelv", "dozen", "hundr", "thousand", "million", "billion", "sai",
      "say", "said", "report", "reportedli", "updat", "refil", "correct", "rpt", "kill", "withheld", "new",
      "as", "after", "over", "more", "than", "up", "down", "amid", "via", "ap", "reuter", "afp", "dpa", "eds",
      "it", "its", "on", "under", "near", "befor", "ahead", "off", "still", "into", "from", "about", "against",
      "between", "dure", "while", "when", "where", "who", "what", "which", "has", "have", "had", "been",
      "were", "would", "could", "can", "may", "also", "out", "onli", "all", "some", "most", "much", "mani");
  private static final int MIN_PREFIX = 5;

  private Terms() {}

  /** The distinct content stems of the text, in order of first appearance. */
  public static Set<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    try (TokenStream ts = ANALYZER.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (t.length() > 1 && !GENERIC.contains(t) && t.chars().anyMatch(Character::isLetter)
            && t.chars().noneMatch(Character::isDigit)) {
          out.add(t);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** True when the stem meets one of {@code terms}. */
  public static boolean meets(String stem, Set<String> terms) {
    if (terms.contains(stem)) {
      return true;
    }
    for (String t : terms) {
      String shorter = t.length() < stem.length() ? t : stem;
      String longer = shorter == t ? stem : t;
      if (shorter.length() >= MIN_PREFIX && longer.startsWith(shorter)) {
        return true;
      }
    }
    return false;
  }

  /** The share of {@code stems} that meet {@code terms}; 1 when there are no stems. */
  public static double overlap(Set<String> stems, Set<String> terms) {
    if (stems.isEmpty()) {
      return 1.0;
    }
    long met = stems.stream().filter(s -> meets(s, terms)).count();
    return (double) met / stems.size();
  }
}
