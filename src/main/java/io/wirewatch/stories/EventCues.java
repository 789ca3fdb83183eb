package io.wirewatch.stories;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of event a text names ("earthquake", "séisme", "Erdbeben" are all {@code quake}), from a small
 * per-language list of word beginnings ({@code lang/<lang>/stories-events.tsv}). The type is the same in
 * every language, so reports of one event in two languages share it. Thread-safe.
 */
public final class EventCues {
  private static final Map<String, EventCues> BY_LANG = new ConcurrentHashMap<>();
  private final Pattern pattern;
  private final Map<String, String> types;

  private EventCues(List<String> rows) {
    types = new HashMap<>();
    for (String row : rows) {
      String[] cols = row.split("\t");
      if (cols.length >= 2) {
        types.put(cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip());
      }
    }
    String alternation = String.join("|", types.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote).toList());
    pattern = types.isEmpty() ? null : Pattern.compile("(?<!\\p{L})(?:" + alternation + ")");
  }

  public static EventCues of(String lang) {
    return BY_LANG.computeIfAbsent(lang, l -> new EventCues(StoryVocabulary.lines(l, "stories-events.tsv")));
  }

  /** The event types the text cues, in order of first mention. */
  public Set<String> in(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (pattern == null || text == null) {
      return out;
    }
    Matcher m = pattern.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(types.get(m.group()));
    }
    return out;
  }
}
