package io.wirewatch.alerts;

import io.wirewatch.model.WireItem;
import io.wirewatch.text.Lexicon;
import io.wirewatch.text.TextLanguage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The content keys of one language's headlines and bodies: stems of content words (the language's stemmer),
 * names and numbers, without the language's function words and wire furniture
 * ({@code lang/<lang>/headline-function-words.txt}). The same file tells prose from tables: a body in
 * which almost no word is a function word is a standings table, a results list or filler text, not a story
 * a headline could be compared with. {@code lang/<lang>/headline-formats.tsv} names the headline prefixes
 * to strip (agency slugs: {@code prefix<TAB>regex}) and the headlines that name a format rather than a
 * story ({@code format<TAB>regex}: standings, results). English, French, German and Spanish are stemmed by
 * Lucene's analyzers for them; another language by the Snowball stemmer its {@code layer.tsv} names. A
 * language without the function-word file, or without a stemmer, has no keys: the mismatch rule abstains.
 */
final class HeadlineKeys {
  private static final Map<String, Supplier<Analyzer>> STEMMERS = Map.of(
      "en", () -> new EnglishAnalyzer(CharArraySet.EMPTY_SET),
      "fr", () -> new FrenchAnalyzer(CharArraySet.EMPTY_SET),
      "de", () -> new GermanAnalyzer(CharArraySet.EMPTY_SET),
      "es", () -> new SpanishAnalyzer(CharArraySet.EMPTY_SET));
  private static final Map<String, Optional<HeadlineKeys>> CACHE = new ConcurrentHashMap<>();
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?");

  private final Analyzer analyzer;
  private final Set<String> functionWords;
  private final Set<String> functionStems;
  private final List<Pattern> prefixes;
  private final List<Pattern> formats;

  private HeadlineKeys(Analyzer analyzer, Set<String> functionWords, List<Pattern> prefixes, List<Pattern> formats) {
    this.analyzer = analyzer;
    this.functionWords = functionWords;
    this.prefixes = prefixes;
    this.formats = formats;
    Set<String> stems = new HashSet<>();
    for (String w : functionWords) {
      stems.addAll(analyze(w));
    }
    this.functionStems = Set.copyOf(stems);
  }

  /** The keys of a language ("en", "fr", ...), empty when it has no function-word data or no stemmer. */
  static Optional<HeadlineKeys> of(String lang) {
    if (lang == null) {
      return Optional.empty();
    }
    return CACHE.computeIfAbsent(lang.toLowerCase(Locale.ROOT), HeadlineKeys::load);
  }

  /**
   * How an item's text is keyed: by its language's keys (the language its text reads as, else the declared
   * one), else by its lowercased words, so text in a language without data is still compared word by word.
   */
  static Function<String, Set<String>> forItem(WireItem item) {
    Optional<HeadlineKeys> keys = of(TextLanguage.detectedOrDeclared(item));
    if (keys.isPresent()) {
      return keys.get()::keys;
    }
    return text -> Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static Optional<HeadlineKeys> load(String lang) {
    Lexicon lex = Lexicon.of(lang);
    Set<String> words = lex.words("headline-function-words");
    Supplier<Analyzer> stemmer = STEMMERS.getOrDefault(lang, () -> snowball(lex));
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<Pattern> prefixes = new ArrayList<>();
    List<Pattern> formats = new ArrayList<>();
    for (List<String> row : lex.rows("headline-formats")) {
      if (row.size() < 2 || row.get(1).isBlank()) {
        throw new IllegalArgumentException("lang/" + lang + "/headline-formats.tsv: a row needs a kind and a regex: " + row);
      }
      Pattern p = Pattern.compile(row.get(1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      switch (row.get(0)) {
        case "prefix" -> prefixes.add(p);
        case "format" -> formats.add(p);
        default -> throw new IllegalArgumentException("lang/" + lang + "/headline-formats.tsv: unknown kind " + row.get(0));
      }
    }
    Analyzer analyzer = stemmer.get();
    if (analyzer == null) {
      return Optional.empty();
    }
    return Optional.of(new HeadlineKeys(analyzer, words, List.copyOf(prefixes), List.copyOf(formats)));
  }

  /**
   * An analyzer for a language with no tuned Lucene analyzer above: the Snowball stemmer its
   * {@code layer.tsv} names, after its elided articles ({@code elisions.txt}: "l'" of "l'esercito") are cut
   * off; null when the language names no stemmer. Adding a language is then a matter of files.
   */
  private static Analyzer snowball(Lexicon lex) {
    String name = lex.table("layer").getOrDefault("stemmer", "none");
    if (name.equals("none") || name.isBlank()) {
      return null;
    }
    String stemmer = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    CharArraySet elisions = new CharArraySet(lex.words("elisions").stream()
        .map(e -> e.replaceAll("['\u2019]$", "")).toList(), true);
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = new ElisionFilter(source, elisions);
        ts = new LowerCaseFilter(ts);
        ts = new SnowballFilter(ts, stemmer);
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  /** The headline without its agency prefixes ("UPDATE 2-", "RPT-"). */
  String stripPrefixes(String headline) {
    String h = headline.strip();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Pattern p : prefixes) {
        var m = p.matcher(h);
        if (m.lookingAt() && m.end() > 0) {
          h = h.substring(m.end()).strip();
          changed = true;
        }
      }
    }
    return h;
  }

  /** True when the headline names a format (standings, results, a slug) rather than a story. */
  boolean isFormat(String headline) {
    return formats.stream().anyMatch(p -> p.matcher(headline).find());
  }

  /** The share of the text's words that are function words: high in prose, near zero in tables. */
  double proseShare(String text) {
    var m = WORD.matcher(text);
    int words = 0;
    int function = 0;
    while (m.find()) {
      words++;
      if (functionWords.contains(m.group().toLowerCase(Locale.ROOT))) {
        function++;
      }
    }
    return words == 0 ? 0 : (double) function / words;
  }

  /** The distinct content keys of the text: stems of content words and numbers. */
  Set<String> keys(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : analyze(text)) {
      boolean number = t.chars().allMatch(Character::isDigit);
      if (number || t.length() > 1 && !functionStems.contains(t) && t.chars().anyMatch(Character::isLetter)) {
        out.add(t);
      }
    }
    return out;
  }

  private List<String> analyze(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    try (TokenStream ts = analyzer.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
