package io.wirewatch.alerts.escalation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One language's cue lists from {@link EscalationConfig}, parsed into phrases once. */
record LanguageCues(int gap, int negationWindow, Map<EscalationLevel, List<CuePhrase>> levels,
    List<CuePhrase> casualtyContext, List<CuePhrase> negations, List<CuePhrase> threats,
    List<CuePhrase> metaphors, List<CuePhrase> metaphorContext, List<CuePhrase> historical,
    List<CuePhrase> comparisons, List<CuePhrase> crossReferences, List<CuePhrase> presentTime,
    Map<StoryDomain, List<CuePhrase>> domains) {

  static LanguageCues of(EscalationConfig.Language l) {
    Map<EscalationLevel, List<CuePhrase>> levels = new EnumMap<>(EscalationLevel.class);
    l.levels().forEach((k, v) -> levels.put(EscalationLevel.of(k), CuePhrase.parseAll(v)));
    Map<StoryDomain, List<CuePhrase>> domains = new EnumMap<>(StoryDomain.class);
    l.domains().forEach((k, v) -> domains.put(StoryDomain.of(k), CuePhrase.parseAll(v)));
    return new LanguageCues(l.gap(), l.negationWindow(), Map.copyOf(levels),
        CuePhrase.parseAll(l.casualtyContext()), CuePhrase.parseAll(l.negations()),
        CuePhrase.parseAll(l.threats()), CuePhrase.parseAll(l.metaphors()),
        CuePhrase.parseAll(l.metaphorContext()), CuePhrase.parseAll(l.historical()),
        CuePhrase.parseAll(l.comparisons()), CuePhrase.parseAll(l.crossReferences()),
        CuePhrase.parseAll(l.presentTime()), Map.copyOf(domains));
  }

  List<CuePhrase> cues(EscalationLevel level) {
    return levels.getOrDefault(level, List.of());
  }

  boolean any(List<CuePhrase> phrases, CueText text) {
    return phrases.stream().anyMatch(p -> p.occursIn(text, gap));
  }
}
