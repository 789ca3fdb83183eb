package io.wirewatch.alerts.escalation;

import io.wirewatch.text.Lexicon;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One language's escalation vocabulary, read once from {@code lang/<lang>/escalation-cues.tsv} (ladder cues
 * and the guards around them) and {@code lang/<lang>/domain-cues.tsv} (words that point at a domain). A
 * language without these files has no cue set: nothing is read in it rather than another language's cues.
 *
 * <p>The language layer's {@code months.txt} tells a calendar date ("on 4 August 2020") from a year named
 * as history. Each row is {@code class<TAB>cue}; the classes are documented at the top of the English file.
 */
record CueSet(String lang, int gap, int window, int afterWindow, Map<String, List<CuePhrase>> guards,
    Map<String, String> contractions, CueIndex index, Set<String> months) {

  static final String CUES = "escalation-cues";
  static final String DOMAINS = "domain-cues";
  private static final Map<String, Optional<CueSet>> CACHE = new ConcurrentHashMap<>();

  /** The cue set of a language ("en", "fr", ...), empty when the language has no escalation data. */
  static Optional<CueSet> of(String lang) {
    if (lang == null || lang.isBlank()) {
      return Optional.empty();
    }
    return CACHE.computeIfAbsent(lang.toLowerCase(Locale.ROOT), CueSet::load);
  }

  private static Optional<CueSet> load(String lang) {
    List<List<String>> cues = rows(lang, CUES);
    if (cues.isEmpty()) {
      return Optional.empty();
    }
    Map<EscalationLevel, List<CuePhrase>> levels = new EnumMap<>(EscalationLevel.class);
    Map<String, List<CuePhrase>> guards = new LinkedHashMap<>();
    Map<String, String> contractions = new LinkedHashMap<>();
    Map<String, Integer> settings = new LinkedHashMap<>();
    for (List<String> row : cues) {
      String kind = row.get(0);
      String value = row.size() > 1 ? row.get(1) : "";
      switch (kind) {
        case "setting" -> settings.put(value, Integer.parseInt(row.get(2).strip()));
        case "contraction" -> contractions.put(value.toLowerCase(Locale.ROOT), row.size() > 2 ? row.get(2) : "");
        case "tension", "clashes", "casualties", "war" ->
            levels.computeIfAbsent(EscalationLevel.of(kind), k -> new ArrayList<>()).add(CuePhrase.parse(value));
        default -> guards.computeIfAbsent(kind, k -> new ArrayList<>()).add(CuePhrase.parse(value));
      }
    }
    Map<StoryDomain, List<CuePhrase>> domains = new EnumMap<>(StoryDomain.class);
    for (List<String> row : rows(lang, DOMAINS)) {
      domains.computeIfAbsent(StoryDomain.of(row.get(0)), k -> new ArrayList<>()).add(CuePhrase.parse(row.get(1)));
    }
    List<CueIndex.Tagged> all = new ArrayList<>();
    levels.forEach((level, phrases) -> phrases.forEach(p -> all.add(new CueIndex.Tagged(level.id(), p))));
    guards.forEach((kind, phrases) -> phrases.forEach(p -> all.add(new CueIndex.Tagged(kind, p))));
    domains.forEach((d, phrases) -> phrases.forEach(p -> all.add(new CueIndex.Tagged(CueScan.DOMAIN + d.id(), p))));
    return Optional.of(new CueSet(lang, settings.getOrDefault("gap", 2), settings.getOrDefault("window", 5),
        settings.getOrDefault("after-window", 3), Map.copyOf(guards), contractions, new CueIndex(all),
        monthsOf(lang)));
  }

  /** The language layer's month names, folded like cue text ("août" -> "aout"). */
  private static Set<String> monthsOf(String lang) {
    Set<String> out = new HashSet<>();
    for (String m : Lexicon.of(lang).words("months")) {
      out.add(CueText.fold(m));
    }
    return Set.copyOf(out);
  }

  /** Every row of {@code lang/<lang>/<name>.tsv} (through the language layer's lexicon); a row needs a cue. */
  static List<List<String>> rows(String lang, String name) {
    List<List<String>> rows = Lexicon.of(lang).rows(name);
    for (List<String> row : rows) {
      if (row.size() < 2 || row.get(1).isBlank()) {
        throw new IllegalArgumentException("lang/" + lang + "/" + name + ".tsv: a row needs a class and a cue: " + row);
      }
    }
    return rows;
  }

  /** Every cue of the language found in the sentence. */
  CueScan scan(CueText text) {
    return new CueScan(text, index.scan(text, gap));
  }

  /** The phrases of one guard class ("since", "comparison", ...), empty when the language has none. */
  List<CuePhrase> guard(String kind) {
    return guards.getOrDefault(kind, List.of());
  }
}
