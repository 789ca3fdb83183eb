package io.wirewatch.alerts.escalation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The rungs of the escalation ladder, lowest first; {@link #NONE} is a story with no level yet. */
public enum EscalationLevel {
  NONE,
  TENSION,
  CLASHES,
  CASUALTIES,
  WAR;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static EscalationLevel of(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }

  /** The higher of two levels. */
  public EscalationLevel max(EscalationLevel other) {
    return other != null && other.compareTo(this) > 0 ? other : this;
  }

  /** The lower of two levels. */
  public EscalationLevel min(EscalationLevel other) {
    return other != null && other.compareTo(this) < 0 ? other : this;
  }

  /** True when nothing is above this level. */
  public boolean isTop() {
    return this == WAR;
  }
}
