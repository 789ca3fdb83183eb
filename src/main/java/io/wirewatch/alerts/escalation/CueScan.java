package io.wirewatch.alerts.escalation;

import java.util.List;
import java.util.Map;

/** The cues found in one sentence, by class: computed once, read by every guard and reader. */
record CueScan(CueText text, Map<String, List<CuePhrase.Match>> matches) {
  static final String DOMAIN = "domain:";

  List<CuePhrase.Match> of(String kind) {
    return matches.getOrDefault(kind, List.of());
  }

  boolean has(String kind) {
    return !of(kind).isEmpty();
  }

  List<CuePhrase.Match> of(EscalationLevel level) {
    return of(level.id());
  }

  List<CuePhrase.Match> of(StoryDomain domain) {
    return of(DOMAIN + domain.id());
  }

  /** The matches of a class that use no token marked in {@code blocked}. */
  List<CuePhrase.Match> of(String kind, boolean[] blocked) {
    return of(kind).stream().filter(m -> free(m, blocked)).toList();
  }

  private static boolean free(CuePhrase.Match m, boolean[] blocked) {
    for (int i = m.from(); i <= m.to(); i++) {
      if (blocked[i]) {
        return false;
      }
    }
    return true;
  }
}
