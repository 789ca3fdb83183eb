package io.wirewatch.channels;

import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Severity;
import java.util.Set;

/**
 * Which alerts a channel receives. Every non-empty criterion must hold; an empty one matches all.
 *
 * @param types alert types
 * @param minSeverity the lowest severity delivered
 * @param desks watch-list desks (an alert without a desk never matches a non-empty list)
 * @param stories story ids; an entry ending in {@code *} matches by prefix
 */
public record Route(Set<AlertType> types, Severity minSeverity, Set<String> desks, Set<String> stories) {
  public static final Route ALL = new Route(Set.of(), Severity.LOW, Set.of(), Set.of());

  public Route {
    types = Set.copyOf(types);
    minSeverity = minSeverity == null ? Severity.LOW : minSeverity;
    desks = Set.copyOf(desks);
    stories = Set.copyOf(stories);
  }

  public boolean matches(Alert alert) {
    return (types.isEmpty() || types.contains(alert.type()))
        && alert.severity().atLeast(minSeverity)
        && (desks.isEmpty() || alert.desk() != null && desks.contains(alert.desk()))
        && (stories.isEmpty() || storyMatches(alert.story()));
  }

  private boolean storyMatches(String story) {
    for (String s : stories) {
      if (s.endsWith("*") ? story.startsWith(s.substring(0, s.length() - 1)) : s.equals(story)) {
        return true;
      }
    }
    return false;
  }
}
