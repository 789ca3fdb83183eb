package io.wirewatch.stories;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of event a text names ("earthquake", "séisme", "Erdbeben" are all {@code quake}), from a small
 * per-language list of word beginnings ({@code lang/<lang>/stories-events.tsv}). The type is the same in
 * every language, so reports of one event in two languages share it. Text and list are lower-cased by the
 * language's own rules and, in a script without capitals, their letter forms written alike
 * ({@link StoryVocabulary#folded}); in a language that writes conjunctions, prepositions and the article onto
 * the word ({@code prefix} and {@code article} lines of its {@code stories-names.tsv}: Arabic "والزلزال", and the
 * earthquake), a cue also begins after one prefix and one article. Thread-safe.
 */
public final class EventCues {
  private static final Map<String, EventCues> BY_LANG = new ConcurrentHashMap<>();
  private final Pattern pattern;
  private final Map<String, String> types;

  private final String lang;

  private EventCues(String lang) {
    this.lang = lang;
    types = new HashMap<>();
    for (String row : StoryVocabulary.lines(lang, "stories-events.tsv")) {
      String[] cols = row.split("\t");
      if (cols.length >= 2) {
        types.put(StoryVocabulary.folded(lang, cols[0].strip()), cols[1].strip());
      }
    }
    String glued = optional(lang, "prefix") + optional(lang, "article");
    pattern = types.isEmpty() ? null : Pattern.compile("(?<!\\p{L})" + glued + "(" + alternation(types.keySet()) + ")");
  }

  /** An optional one of the language's {@code kind} words glued before a word, or nothing if it lists none. */
  private static String optional(String lang, String kind) {
    Set<String> glued = new HashSet<>();
    StoryVocabulary.ofKind(lang, "stories-names.tsv", kind).forEach(w -> glued.add(StoryVocabulary.folded(lang, w)));
    return glued.isEmpty() ? "" : "(?:" + alternation(glued) + ")?";
  }

  /** The words as a regular-expression alternation, the longest first. */
  private static String alternation(Set<String> words) {
    return String.join("|", words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote).toList());
  }

  public static EventCues of(String lang) {
    return BY_LANG.computeIfAbsent(lang, EventCues::new);
  }

  /** The event types the text cues, in order of first mention. */
  public Set<String> in(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (pattern == null || text == null) {
      return out;
    }
    Matcher m = pattern.matcher(StoryVocabulary.folded(lang, text));
    while (m.find()) {
      out.add(types.get(m.group(1)));
    }
    return out;
  }
}
