package io.wirewatch.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an item is, relative to what came before it. */
public enum DecisionStatus {
  /** First version of a uri. */
  NEW,
  /** A later version of a known uri. */
  UPDATE,
  /** A re-send that adds nothing. */
  DUPLICATE,
  /** A corrected version. */
  CORRECTION,
  /** The agency killed the item (pubStatus canceled). */
  KILL,
  /** The agency withheld the item (pubStatus withheld). */
  WITHHELD;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static DecisionStatus of(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}
