package io.wirewatch.stories;

import io.wirewatch.text.LatinSpelling;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a name is a body rather than someone: an agency, an office, a ministry, a police force, a court, a
 * council, a hospital, a paper. Such a name is in every story of its town or its portfolio (two burglaries
 * reported by one police department, two school stories of one ministry), so sharing it does not make two
 * reports one event. Apart, whether it is a venue: a road, a building, a school, a direction; where, not who,
 * but more narrowly than a town. The words are data per language: {@code institution} and {@code venue} lines
 * of {@code lang/<lang>/stories-names.tsv}, folded to plain Latin letters as names are keyed (in a script
 * without capitals after its letters are written alike, as {@link CaselessNames} writes its names); a word ending
 * in '-' is
 * a stem for a language that inflects by suffixes (Turkish "müdürlü-": müdürlüğü, müdürlüğünce), a word opening
 * with '-' ends a compound (German "-ministerium": Innenministerium). A case ending after an apostrophe is cut
 * first ("Müdürlüğü'nden"). Thread-safe.
 */
final class Institutions {
  private Institutions() {}

  /** One language's words, stems (after '-' is cut) and compound endings. */
  private record Words(Set<String> whole, Set<String> stems, Set<String> endings) {
    static Words of(String lang, String kind) {
      Set<String> whole = new HashSet<>();
      Set<String> stems = new HashSet<>();
      Set<String> endings = new HashSet<>();
      for (String listed : StoryVocabulary.ofKind(lang, "stories-names.tsv", kind)) {
        String w = FoldedText.alike(lang, listed); // as a name read from its title is written
        if (w.endsWith("-")) {
          stems.add(LatinSpelling.of(w.substring(0, w.length() - 1)));
        } else if (w.startsWith("-")) {
          endings.add(LatinSpelling.of(w.substring(1)));
        } else {
          whole.add(LatinSpelling.of(w));
        }
      }
      return new Words(Set.copyOf(whole), Set.copyOf(stems), Set.copyOf(endings));
    }

    boolean match(String word) {
      if (whole.contains(word)) {
        return true;
      }
      for (String s : stems) {
        if (word.startsWith(s)) {
          return true;
        }
      }
      for (String e : endings) {
        if (word.endsWith(e)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final Map<String, Words> BODIES = new ConcurrentHashMap<>();
  private static final Map<String, Words> VENUES = new ConcurrentHashMap<>();

  /** Whether a name ({@code n:} key, or a name as keyed) has a word that makes it a body in {@code lang}. */
  static boolean is(String term, String lang) {
    return lang != null && has(term, BODIES.computeIfAbsent(lang, l -> Words.of(l, "institution")));
  }

  /** Whether a name is a body or a venue in {@code lang}: no person's name, whatever else it is. */
  static boolean bodyOrVenue(String term, String lang) {
    return is(term, lang) || lang != null && has(term, VENUES.computeIfAbsent(lang, l -> Words.of(l, "venue")));
  }

  private static boolean has(String term, Words words) {
    for (String w : term.substring(term.indexOf(':') + 1).split(" ")) {
      int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
      if (words.match(apostrophe > 0 ? w.substring(0, apostrophe) : w)) {
        return true;
      }
    }
    return false;
  }
}
