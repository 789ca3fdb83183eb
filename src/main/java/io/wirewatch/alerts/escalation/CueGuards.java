package io.wirewatch.alerts.escalation;

import io.wirewatch.alerts.escalation.SentenceReading.Frame;
import java.util.List;

/**
 * The guards around one sentence's cues: words taken by metaphors, negations before a cue (or just after
 * it, as German "Opfer gab es nicht"), modality and hypotheticals, threats before a cue or in a quotation
 * that holds one, and whether a casualty has violence beside it. A guard reaches no further than its clause.
 */
final class CueGuards {
  private final CueText text;
  private final CueSet cues;
  private final CueScan scan;
  private final boolean[] blocked;
  private final List<CuePhrase.Match> negations;
  private final List<CuePhrase.Match> after;
  private final List<CuePhrase.Match> modals;
  private final List<CuePhrase.Match> threats;

  CueGuards(CueScan scan, CueSet cues) {
    this.text = scan.text();
    this.cues = cues;
    this.scan = scan;
    this.blocked = new boolean[text.size()];
    for (CuePhrase.Match match : scan.of("metaphor")) {
      for (int i = match.from(); i <= match.to(); i++) {
        blocked[i] = true;
      }
    }
    negations = scan.of("negation");
    after = scan.of("negation-after");
    modals = scan.of("modal");
    threats = scan.of("threat");
  }

  boolean[] blocked() {
    return blocked;
  }

  /** The frame of a cue: an act, or what keeps it from being one. */
  Frame frame(CuePhrase.Match cue, EscalationLevel level, boolean violentEvent) {
    if (before(negations, cue) || afterCue(cue)) {
      return Frame.NEGATED;
    }
    if (before(modals, cue)) {
      return Frame.HYPOTHETICAL;
    }
    if (level.compareTo(EscalationLevel.TENSION) > 0 && (before(threats, cue) || inThreateningQuote(cue))) {
      return Frame.THREAT;
    }
    if (level == EscalationLevel.CASUALTIES && !violentEvent && !hasViolence()) {
      return Frame.METAPHOR;
    }
    return Frame.ACT;
  }

  private boolean before(List<CuePhrase.Match> guards, CuePhrase.Match cue) {
    int window = cues.window();
    int clause = text.tokens().get(cue.from()).clause();
    return guards.stream().anyMatch(g -> g.to() < cue.from() && g.to() >= cue.from() - window
        && text.tokens().get(g.to()).clause() == clause);
  }

  private boolean afterCue(CuePhrase.Match cue) {
    int window = cues.afterWindow();
    int clause = text.tokens().get(cue.to()).clause();
    return after.stream().anyMatch(g -> g.from() > cue.to() && g.from() <= cue.to() + window
        && text.tokens().get(g.from()).clause() == clause);
  }

  private boolean inThreateningQuote(CuePhrase.Match cue) {
    int quote = text.tokens().get(cue.from()).quote();
    if (quote == 0) {
      return false;
    }
    return threats.stream().anyMatch(t -> text.tokens().get(t.from()).quote() == quote);
  }

  private boolean hasViolence() {
    return !scan.of("context", blocked).isEmpty() || !scan.of(EscalationLevel.CLASHES.id(), blocked).isEmpty();
  }
}
