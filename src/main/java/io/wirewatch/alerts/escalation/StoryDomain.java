package io.wirewatch.alerts.escalation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of news a story is; the escalation ladder applies to hard news only. */
public enum StoryDomain {
  CONFLICT(true),
  UNREST(true),
  SECURITY(true),
  DISASTER(true),
  POLITICS(false),
  BUSINESS(false),
  SPORT(false),
  UNKNOWN(false);

  private final boolean hardNews;

  StoryDomain(boolean hardNews) {
    this.hardNews = hardNews;
  }

  /** Conflict, unrest, security and disaster stories. */
  public boolean isHardNews() {
    return hardNews;
  }

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static StoryDomain of(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}
