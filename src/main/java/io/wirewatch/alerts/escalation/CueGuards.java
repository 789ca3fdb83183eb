package io.wirewatch.alerts.escalation;

import java.util.ArrayList;
import java.util.List;

/**
 * The guards around one sentence's cues: words taken by metaphors, negations and threats before a cue,
 * quotations that hold a threat, and whether a casualty has violence beside it.
 */
final class CueGuards {
  private final CueText text;
  private final LanguageCues cues;
  private final boolean[] blocked;
  private final List<CuePhrase.Match> negations = new ArrayList<>();
  private final List<CuePhrase.Match> threats = new ArrayList<>();

  CueGuards(CueText text, LanguageCues cues) {
    this.text = text;
    this.cues = cues;
    this.blocked = new boolean[text.size()];
    boolean[] none = new boolean[text.size()];
    for (CuePhrase m : cues.metaphors()) {
      for (CuePhrase.Match match : m.find(text, none, 0)) {
        for (int i = match.from(); i <= match.to(); i++) {
          blocked[i] = true;
        }
      }
    }
    cues.negations().forEach(p -> negations.addAll(p.find(text, none, 0)));
    cues.threats().forEach(p -> threats.addAll(p.find(text, none, 0)));
  }

  boolean[] blocked() {
    return blocked;
  }

  /** True when the cue reports something that happened: not negated, not a threat, a casualty of violence. */
  boolean isAct(CuePhrase.Match cue, EscalationLevel level) {
    if (before(negations, cue)) {
      return false;
    }
    if (level.compareTo(EscalationLevel.TENSION) > 0 && (before(threats, cue) || inThreateningQuote(cue))) {
      return false;
    }
    return level != EscalationLevel.CASUALTIES || hasViolence();
  }

  private boolean before(List<CuePhrase.Match> guards, CuePhrase.Match cue) {
    int window = cues.negationWindow();
    return guards.stream().anyMatch(g -> g.to() < cue.from() && g.to() >= cue.from() - window);
  }

  private boolean inThreateningQuote(CuePhrase.Match cue) {
    int quote = text.tokens().get(cue.from()).quote();
    if (quote == 0) {
      return false;
    }
    return threats.stream().anyMatch(t -> text.tokens().get(t.from()).quote() == quote);
  }

  private boolean hasViolence() {
    for (CuePhrase p : cues.casualtyContext()) {
      if (!p.find(text, blocked, cues.gap()).isEmpty()) {
        return true;
      }
    }
    for (CuePhrase p : cues.cues(EscalationLevel.CLASHES)) {
      if (!p.find(text, blocked, cues.gap()).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
