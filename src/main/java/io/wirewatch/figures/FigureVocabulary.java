package io.wirewatch.figures;

import io.wirewatch.model.Figure.Metric;
import io.wirewatch.text.Lexicon;
import io.wirewatch.text.TextLayer;
import io.wirewatch.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What the figures reader knows of one language, read once from {@code lang/<lang>/figures-predicates.tsv}
 * (harm and state predicates by metric), {@code figures-people.tsv} (people nouns, person or troops) and
 * {@code figures-cues.tsv} (negation, modality, history, denial, subset, increment, earlier value, clause
 * openers, function words, partitives, tally nouns) and {@code figures-multiples.tsv} (harm nouns that name
 * how many: "double homicide"). Every phrase is read through the language layer, so it
 * matches a sentence's tokens by their keys (stems) or lowercased forms; ".." in a phrase stands for up to
 * ten tokens. Cues (function words) match by form only. A language without files has an empty vocabulary
 * and yields no figures.
 */
final class FigureVocabulary {
  /** Up to this many tokens may stand for ".." in a phrase. */
  static final int GAP = 10;

  private static final Map<String, FigureVocabulary> BY_LANG = new ConcurrentHashMap<>();

  /** A phrase of the vocabulary and what it stands for (a metric, a people class or a cue kind). */
  record Phrase(List<Element> elements, String value, boolean nominal, boolean exact, boolean troopsToo,
      boolean troopsOnly, boolean victimSubject, boolean outcome, boolean hit) {}

  /** One word of a phrase (key and lowercased form); a gap when both are null. */
  record Element(String key, String lower) {
    boolean gap() {
      return key == null;
    }

    /** By key (stem) or form; an exact element (a cue: function words) by form only. */
    boolean matches(Token t, boolean exact) {
      return t.lower().equals(lower) || !exact && t.key().equals(key);
    }
  }

  /** Where a phrase matched in a sentence: tokens {@code start} to {@code end} (exclusive). */
  record Match(int start, int end, Phrase phrase) {
    String value() {
      return phrase.value();
    }
  }

  private final String lang;
  private final Map<String, List<Phrase>> predicates;
  private final Map<String, List<Phrase>> people;
  private final Map<String, List<Phrase>> cues;
  private final Map<String, List<Phrase>> multiples;
  private final boolean empty;
  private final Set<String> kinds;

  private FigureVocabulary(String lang) {
    this.lang = lang;
    Lexicon lex = Lexicon.of(lang);
    this.predicates = index(lex.rows("figures-predicates"), true, false);
    this.people = index(lex.rows("figures-people"), false, false);
    this.cues = index(lex.rows("figures-cues"), false, true);
    // "double homicide	killed	2	[hit]": the value of a phrase is its metric and count ("killed 2")
    this.multiples = index(lex.rows("figures-multiples").stream().filter(r -> r.size() > 2)
        .map(r -> List.of(r.get(0), r.get(1) + " " + r.get(2), r.size() > 3 ? r.get(3) : "")).toList(), true, false);
    this.empty = predicates.isEmpty();
    this.kinds = cues.values().stream().flatMap(List::stream).map(Phrase::value)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The vocabulary of a language (ISO 639-1). */
  static FigureVocabulary of(String lang) {
    return BY_LANG.computeIfAbsent(lang == null ? "" : lang, FigureVocabulary::new);
  }

  /** True when the language's cues include this kind ("one": it gives indefinite articles). */
  boolean hasKind(String kind) {
    return kinds.contains(kind);
  }

  /** True when the language has no figure vocabulary. */
  boolean empty() {
    return empty;
  }

  /** Predicate matches in the tokens, in text order (value: a metric id). */
  List<Match> predicates(List<Token> t) {
    return matches(t, predicates);
  }

  /** People-noun matches (value: "person" or "troops"). */
  List<Match> people(List<Token> t) {
    return matches(t, people);
  }

  /** Harm nouns that name how many ("double homicide", "triple shooting"; value: metric and count, "killed 2"). */
  List<Match> multiples(List<Token> t) {
    return matches(t, multiples);
  }

  /** Cue matches (value: the cue kind). */
  List<Match> cues(List<Token> t) {
    return matches(t, cues);
  }

  static Metric metric(Match m) {
    return Metric.of(m.value());
  }

  /**
   * The metric of a predicate for a count of troops or of other people: a "troops" predicate ("moved") is
   * the troops metric for soldiers and its own for others ("moved 120,000 people" is evacuated); a
   * "troops-only" one ("lost 50 servicemen") is no predicate of other people (null).
   */
  static Metric metric(Match m, boolean troops) {
    if (m.phrase().troopsOnly() && !troops) {
      return null;
    }
    return troops && m.phrase().troopsToo() ? Metric.TROOPS : metric(m);
  }

  private Map<String, List<Phrase>> index(List<List<String>> rows, boolean withNominal, boolean exact) {
    Map<String, List<Phrase>> out = new HashMap<>();
    for (List<String> row : rows) {
      if (row.size() < 2 || row.get(0).isBlank()) {
        continue;
      }
      List<Element> elements = new ArrayList<>();
      String[] parts = row.get(0).split("\\s*\\.\\.\\s*");
      for (int p = 0; p < parts.length; p++) {
        if (p > 0) {
          elements.add(new Element(null, null));
        }
        for (Token tok : TextLayer.get().sentence(parts[p], lang).tokens()) {
          elements.add(new Element(tok.key(), tok.lower()));
        }
      }
      if (elements.isEmpty() || elements.get(0).gap()) {
        continue;
      }
      List<String> flags = row.size() > 2 ? List.of(row.get(2).split("\\s+")) : List.of();
      boolean nominal = withNominal && flags.contains("nominal");
      boolean byForm = exact || flags.contains("form");
      Phrase phrase = new Phrase(List.copyOf(elements), row.get(1).strip(), nominal, byForm,
          withNominal && flags.contains("troops"), withNominal && flags.contains("troops-only"),
          withNominal && flags.contains("victim"), withNominal && flags.contains("outcome"),
          withNominal && flags.contains("hit"));
      Element first = elements.get(0);
      if (!byForm) {
        out.computeIfAbsent(first.key(), k -> new ArrayList<>()).add(phrase);
      }
      if (byForm || !first.lower().equals(first.key())) {
        out.computeIfAbsent(first.lower(), k -> new ArrayList<>()).add(phrase);
      }
    }
    return out;
  }

  private static List<Match> matches(List<Token> t, Map<String, List<Phrase>> index) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      List<Phrase> byKey = index.get(t.get(i).key());
      List<Phrase> byLower = index.get(t.get(i).lower());
      List<Match> here = new ArrayList<>();
      for (List<Phrase> list : byKey == byLower ? List.of(nonNull(byKey)) : List.of(nonNull(byKey),
          nonNull(byLower))) {
        for (Phrase p : list) {
          int end = end(t, i, p.elements(), 0, p.exact());
          if (end > 0 && here.stream().noneMatch(m -> m.phrase() == p)) {
            here.add(new Match(i, end, p));
          }
        }
      }
      here.sort((a, b) -> Integer.compare(b.end(), a.end()));
      out.addAll(here);
    }
    return out;
  }

  private static List<Phrase> nonNull(List<Phrase> l) {
    return l == null ? List.of() : l;
  }

  /** The end (exclusive) of elements {@code e..} matched from token {@code i}, or -1. */
  private static int end(List<Token> t, int i, List<Element> elements, int e, boolean exact) {
    if (e == elements.size()) {
      return i;
    }
    Element el = elements.get(e);
    if (el.gap()) {
      for (int skip = 0; skip <= GAP && i + skip <= t.size(); skip++) {
        int end = end(t, i + skip, elements, e + 1, exact);
        if (end > 0) {
          return end;
        }
      }
      return -1;
    }
    if (i >= t.size() || !el.matches(t.get(i), exact)) {
      return -1;
    }
    return end(t, i + 1, elements, e + 1, exact);
  }
}
