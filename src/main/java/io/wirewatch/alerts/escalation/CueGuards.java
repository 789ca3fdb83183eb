package io.wirewatch.alerts.escalation;

import io.wirewatch.alerts.escalation.SentenceReading.Frame;
import java.util.List;

/**
 * The guards around one sentence's cues: words taken by metaphors, negations before a cue (or just after
 * it, as German "Opfer gab es nicht"), modality and hypotheticals, threats before a cue or in a quotation
 * that holds one, violence named as the reason or past of a calm event ("marched to mourn the dead"), and
 * whether a casualty has violence beside it. Other guards reach no further than their clause.
 */
final class CueGuards {
  /** How many words past its marker an antecedent reaches: one subordinate phrase, not the next event. */
  private static final int ANTECEDENT_REACH = 20;

  private final CueText text;
  private final CueSet cues;
  private final CueScan scan;
  private final boolean[] blocked;
  private final List<CuePhrase.Match> negations;
  private final List<CuePhrase.Match> after;
  private final List<CuePhrase.Match> modals;
  private final List<CuePhrase.Match> threats;
  private List<CuePhrase.Match> antecedents;

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

  /**
   * The {@code antecedent} markers ("following", "despite", "to mourn") that follow a {@code calm-event}
   * cue (an agreement, talks, a march or vigil) with no violence named before them: the sentence's own
   * event is calm, and what the marker introduces is its reason or its past.
   */
  private List<CuePhrase.Match> antecedents() {
    if (antecedents == null) {
      antecedents = scan.has("antecedent") && scan.has("calm-event") ? findAntecedents() : List.of();
    }
    return antecedents;
  }

  private List<CuePhrase.Match> findAntecedents() {
    List<CuePhrase.Match> calm = scan.of("calm-event", blocked);
    if (calm.isEmpty()) {
      return List.of();
    }
    List<CuePhrase.Match> violence = new java.util.ArrayList<>();
    for (EscalationLevel level : List.of(EscalationLevel.CLASHES, EscalationLevel.CASUALTIES, EscalationLevel.WAR)) {
      violence.addAll(scan.of(level.id(), blocked));
    }
    return scan.of("antecedent").stream()
        .filter(a -> calm.stream().anyMatch(e -> e.to() < a.from()))
        .filter(a -> violence.stream().noneMatch(v -> v.from() < a.from()))
        .toList();
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
    if (level.compareTo(EscalationLevel.TENSION) > 0 && antecedents().stream()
        .anyMatch(a -> a.to() < cue.from() && cue.from() - a.to() <= ANTECEDENT_REACH)) {
      return Frame.ANTECEDENT;
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
