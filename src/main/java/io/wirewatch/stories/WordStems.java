package io.wirewatch.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Content words of a text as stems of its own language (Lucene's analyzer for the language: its stop
 * words and its stemmer). A language without an analyzer is only lower-cased and split, never stemmed by
 * another language's rules, so Spanish copy is not read as English. Thread-safe.
 */
public final class WordStems {
  private static final Map<String, Analyzer> BY_LANG = new ConcurrentHashMap<>();

  private WordStems() {}

  private static Analyzer analyzer(String lang) {
    return BY_LANG.computeIfAbsent(lang, l -> switch (l) {
      case "en" -> new EnglishAnalyzer();
      case "fr" -> new FrenchAnalyzer();
      case "de" -> new GermanAnalyzer();
      case "es" -> new SpanishAnalyzer();
      case "it" -> new ItalianAnalyzer();
      case "nl" -> new DutchAnalyzer();
      case "pt" -> new PortugueseAnalyzer();
      case "ru" -> new RussianAnalyzer();
      case "ar" -> new ArabicAnalyzer();
      case "tr" -> new TurkishAnalyzer();
      default -> new StandardAnalyzer(CharArraySet.EMPTY_SET);
    });
  }

  /** The language's stop words (lower-case); empty when it has no analyzer. */
  public static Set<?> stopWords(String lang) {
    return analyzer(lang) instanceof StopwordAnalyzerBase s && !(s instanceof StandardAnalyzer)
        ? s.getStopwordSet() : Set.of();
  }

  /** Feeds each stem of {@code text} to {@code sink}. */
  public static void each(String text, String lang, Consumer<String> sink) {
    if (text == null || text.isBlank()) {
      return;
    }
    try (TokenStream ts = analyzer(lang).tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        sink.accept(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
