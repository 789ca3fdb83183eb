package io.wirewatch.alerts.escalation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What kind of news a story is. The escalation ladder is about conflict and unrest: it applies to conflict,
 * unrest and security stories only (a quake toll or a bus crash is no escalation); politics reaches tension
 * at most (an expelled ambassador). {@link #UNKNOWN} is a story not yet classified.
 */
public enum StoryDomain {
  CONFLICT(true),
  UNREST(true),
  SECURITY(true),
  DISASTER(false),
  ACCIDENT(false),
  CRIME(false),
  POLITICS(false),
  BUSINESS(false),
  SPORT(false),
  OTHER(false),
  UNKNOWN(false);

  private final boolean ladder;

  StoryDomain(boolean ladder) {
    this.ladder = ladder;
  }

  /** Conflict, unrest and security stories: the escalation ladder applies. */
  public boolean hasLadder() {
    return ladder;
  }

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The id as reported to users: an unclassified story is "other". */
  public String reportedId() {
    return this == UNKNOWN ? OTHER.id() : id();
  }

  @JsonCreator
  public static StoryDomain of(String id) {
    try {
      return valueOf(id.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown domain '" + id + "'", e);
    }
  }
}
