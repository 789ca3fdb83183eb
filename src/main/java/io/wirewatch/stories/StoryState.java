package io.wirewatch.stories;

import io.wirewatch.alerts.StoryRuleState;
import io.wirewatch.alerts.VersionText;
import io.wirewatch.figures.LedgerState;
import io.wirewatch.model.WireItem;
import java.util.List;
import java.util.Objects;

/**
 * What the story stage remembers per story besides the merged story itself: the figure ledger, the rules'
 * state (escalation ladder, story terms, watch queries already alerted) and the text of the newest version
 * of the story's most recent uris (what a correction is compared with; not whole items). JSON-serialisable.
 */
public record StoryState(LedgerState ledger, StoryRuleState rules, List<VersionText> recentVersions) {
  /** How many uris' newest versions are kept for correction diffs. */
  static final int RECENT_VERSIONS = 4;
  /** How much of a remembered version's body is kept, so the state record stays well within its limit. */
  static final int REMEMBERED_BODY_CHARS = 100_000;

  public StoryState {
    ledger = Objects.requireNonNullElse(ledger, LedgerState.empty());
    rules = Objects.requireNonNullElse(rules, StoryRuleState.empty());
    recentVersions = recentVersions == null ? List.of() : List.copyOf(recentVersions);
  }

  public static StoryState empty() {
    return new StoryState(LedgerState.empty(), StoryRuleState.empty(), List.of());
  }

  /** The text of the newest remembered version of a uri, or null. */
  VersionText previousVersion(String uri) {
    for (int i = recentVersions.size() - 1; i >= 0; i--) {
      if (recentVersions.get(i).uri().equals(uri)) {
        return recentVersions.get(i);
      }
    }
    return null;
  }

  /** A copy remembering {@code item} as its uri's newest version. */
  StoryState remember(WireItem item) {
    List<VersionText> next = new java.util.ArrayList<>(recentVersions.stream()
        .filter(v -> !v.uri().equals(item.uri())).toList());
    next.add(VersionText.of(io.wirewatch.model.RecordLimits.withBodyAtMost(item, REMEMBERED_BODY_CHARS)));
    while (next.size() > RECENT_VERSIONS) {
      next.remove(0);
    }
    return new StoryState(ledger, rules, next);
  }
}
