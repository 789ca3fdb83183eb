package io.wirewatch.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the layer knows of one language, compiled once from its resource files (see {@link Lexicon}):
 * {@code layer.tsv} (settings), {@code abbreviations.txt}, {@code elisions.txt}, {@code clitics.txt},
 * {@code months.txt}, {@code year-cues.txt}, {@code times.txt}, {@code lemmas.tsv}, {@code numbers.tsv},
 * {@code qualifiers.tsv} and {@code ranges.tsv}. A language without files gets neutral defaults: digits with
 * ',' grouping and '.' decimals, no number words, no abbreviations.
 */
final class LanguageData {
  /** Role of a number word in {@code numbers.tsv}. */
  enum Role { NUMBER, SCALE, JOINER, ARTICLE, APPROX, VAGUE }

  /** A number word: its value and role. */
  record Word(long value, Role role) {}

  final String lang;
  final boolean supported;
  final String stemmer;
  final char decimal;
  final String groups;
  final boolean groupBySpace;
  final boolean ordinalPeriod;
  final boolean compounds;
  final boolean monthsCapitalised;
  final Set<String> abbreviations;
  final Set<String> elisions;
  final Set<String> clitics;
  final Set<String> months;
  final Set<String> yearCues;
  final Set<String> times;
  final Map<String, String> lemmas;
  final Map<String, Word> numbers;
  /** Compound parts (numbers, scales, joiners, articles), for words such as "dreiundzwanzig". */
  final Map<String, Word> parts;
  final int longestPart;
  /** Qualifier phrases written before a count, as space-joined lowercased tokens. */
  final Map<String, String> qualifiersBefore;
  final Map<String, String> qualifiersAfter;
  final int longestQualifier;
  final Set<String> rangeInfixes;
  final Map<String, String> rangePairs;
  final Set<String> rangeBlockers;

  LanguageData(String lang) {
    this.lang = lang;
    Lexicon lex = Lexicon.of(lang);
    this.supported = lex.has("layer.tsv");
    Map<String, String> settings = lex.table("layer");
    this.stemmer = settings.getOrDefault("stemmer", "none");
    this.decimal = separator(settings.getOrDefault("decimal", "period")).charAt(0);
    StringBuilder g = new StringBuilder();
    boolean space = false;
    for (String name : settings.getOrDefault("group", "comma").split("\\s+")) {
      if (name.equals("space")) {
        space = true;
      } else if (!name.isEmpty()) {
        g.append(separator(name));
      }
    }
    this.groups = g.toString();
    this.groupBySpace = space;
    this.ordinalPeriod = "yes".equals(settings.get("ordinal-period"));
    this.compounds = "yes".equals(settings.get("compounds"));
    this.monthsCapitalised = "yes".equals(settings.get("months-capitalised"));
    this.abbreviations = lex.words("abbreviations");
    this.elisions = lex.words("elisions");
    this.clitics = lex.words("clitics");
    this.months = lex.words("months");
    this.yearCues = lex.words("year-cues");
    this.times = lex.words("times");
    this.lemmas = lex.table("lemmas");

    Map<String, Word> n = new HashMap<>();
    Map<String, Word> p = new HashMap<>();
    int longest = 0;
    for (List<String> row : lex.rows("numbers")) {
      if (row.size() < 3) {
        continue;
      }
      Word w = new Word(Long.parseLong(row.get(1)), Role.valueOf(row.get(2).toUpperCase(java.util.Locale.ROOT)));
      n.put(row.get(0), w);
      if (w.role() != Role.VAGUE && w.role() != Role.APPROX) {
        p.put(row.get(0), w);
        longest = Math.max(longest, row.get(0).length());
      }
    }
    this.numbers = Map.copyOf(n);
    this.parts = Map.copyOf(p);
    this.longestPart = longest;

    Map<String, String> before = new HashMap<>();
    Map<String, String> after = new HashMap<>();
    int longestQ = 0;
    for (List<String> row : lex.rows("qualifiers")) {
      if (row.size() < 2) {
        continue;
      }
      String phrase = String.join(" ", row.get(0).split("\\s+"));
      longestQ = Math.max(longestQ, phrase.split(" ").length);
      (row.size() > 2 && row.get(2).equals("after") ? after : before).put(phrase, row.get(1));
    }
    this.qualifiersBefore = Map.copyOf(before);
    this.qualifiersAfter = Map.copyOf(after);
    this.longestQualifier = longestQ;

    Set<String> infixes = new HashSet<>();
    Map<String, String> pairs = new HashMap<>();
    Set<String> blockers = new HashSet<>();
    for (List<String> row : lex.rows("ranges")) {
      if (row.size() < 2) {
        continue;
      }
      switch (row.get(0)) {
        case "infix" -> infixes.add(row.get(1).toLowerCase(java.util.Locale.ROOT));
        case "paired" -> {
          if (row.size() > 2) {
            pairs.put(row.get(1).toLowerCase(java.util.Locale.ROOT), row.get(2).toLowerCase(java.util.Locale.ROOT));
          }
        }
        case "blocker" -> blockers.add(row.get(1).toLowerCase(java.util.Locale.ROOT));
        default -> { }
      }
    }
    this.rangeInfixes = Set.copyOf(infixes);
    this.rangePairs = Map.copyOf(pairs);
    this.rangeBlockers = Set.copyOf(blockers);
  }

  private static String separator(String name) {
    return switch (name) {
      case "comma" -> ",";
      case "period" -> ".";
      case "apostrophe" -> "'\u2019";
      default -> throw new IllegalArgumentException("unknown digit separator '" + name + "' in layer.tsv");
    };
  }
}
