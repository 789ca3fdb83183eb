package io.wirewatch.alerts;

import io.wirewatch.alerts.escalation.EscalationLadder;
import io.wirewatch.alerts.watch.WatchMemory;
import java.util.Objects;

/**
 * What the alert rules remember about one story between items (kept in the story state, JSON-serialisable):
 * the escalation ladder, the story's content stems for the headline check, and the watch queries that
 * already alerted for it.
 */
public record StoryRuleState(EscalationLadder ladder, StoryTerms terms, WatchMemory watched) {
  public StoryRuleState {
    ladder = Objects.requireNonNullElse(ladder, EscalationLadder.empty());
    terms = Objects.requireNonNullElse(terms, StoryTerms.empty());
    watched = Objects.requireNonNullElse(watched, WatchMemory.empty());
  }

  public static StoryRuleState empty() {
    return new StoryRuleState(EscalationLadder.empty(), StoryTerms.empty(), WatchMemory.empty());
  }
}
