package io.wirewatch.figures;

import io.wirewatch.model.Figure.Metric;
import io.wirewatch.model.Figure.Qualifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words the extractor reads: metric cues, person nouns, qualifiers and the markers that reject a number. */
final class Lexicon {
  private static final Set<String> NEGATION_SUFFIXES = LegacyWords.set("negation-suffix");
  private static final Set<String> SUPERLATIVE_SUFFIXES = LegacyWords.set("superlative-suffix");
  private static final String[] SUPERLATIVES = LegacyWords.array("superlative");
  private Lexicon() {}

  /** Words after a number (or its noun) that name the metric: "49 soldiers were killed", "7 missing". */
  static final Map<String, Metric> PASSIVE_CUES = metrics("passive");

  /** Active verbs before a number: "killing at least two people", "evacuated 310,000 people". */
  static final Map<String, Metric> ACTIVE_CUES = metrics("active");

  /** Nouns of a toll: "the death toll rose to 11", "the number of injured rose to 38". */
  static final Map<String, Metric> TOLL_NOUNS = metrics("toll");

  /** Nouns for armed forces: their figures get a side even when the text does not name it. */
  static final Set<String> TROOP_NOUNS = LegacyWords.set("troop-noun");

  /** Nouns that count people (besides troops and demonyms). */
  static final Set<String> PERSON_NOUNS = LegacyWords.set("person-noun");

  /** Qualifier phrases before a number, longest first. */
  static final Map<String, Qualifier> QUALIFIERS = qualifiers();

  /** Words right after a number that make it something other than a count of people. */
  static final Set<String> NOT_PEOPLE = LegacyWords.set("not-people", "%");

  /** Words marking a figure as earlier than the current one ("police earlier put the number at 30"). */
  static final Set<String> PREVIOUS_MARKERS = LegacyWords.set("previous");

  /** Words marking a sentence as reporting a revision ("rose to", "revised down", "up from"). */
  static final Set<String> REVISION_MARKERS = LegacyWords.set("revision");

  /** Negations that cancel a figure between the number and its cue. */
  static final Set<String> NEGATIONS = LegacyWords.set("negation");

  /** A negation word, or a contraction of one ("weren't", "didn't"). */
  static boolean negation(Token tok) {
    return NEGATIONS.contains(tok.lower()) || LegacyWords.endsWithAny(tok.lower(), NEGATION_SUFFIXES);
  }

  /** Words that make a number an offer or a plan, not a count. */
  static final Set<String> OFFERS = LegacyWords.set("offer");

  /** Words after a number and its noun that make it a count of something else (hostages, released). */
  static final Set<String> OTHER_COUNTS = LegacyWords.set("other-count");

  private static Map<String, Metric> metrics(String list) {
    Map<String, Metric> out = new LinkedHashMap<>();
    LegacyWords.values(list).forEach((w, m) -> out.put(w, Metric.of(m)));
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, Qualifier> qualifiers() {
    Map<String, Qualifier> out = new LinkedHashMap<>();
    LegacyWords.values("qualifier").forEach((w, q) -> out.put(w, Qualifier.valueOf(q.toUpperCase(Locale.ROOT))));
    return Collections.unmodifiableMap(out);
  }

  /** Superlatives whose "since <year>" is a comparison, not a date of the figure. */
  static boolean superlative(Token t) {
    return LegacyWords.endsWithAny(t.lower(), SUPERLATIVE_SUFFIXES) && t.lower().length() > 4 || t.is(SUPERLATIVES);
  }
}
