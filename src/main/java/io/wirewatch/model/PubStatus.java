package io.wirewatch.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** IPTC publishing status of an item version: usable, withheld or canceled (a kill). */
public enum PubStatus {
  USABLE,
  WITHHELD,
  CANCELED;

  /** Reads "usable", "stat:canceled", "Canceled", "cancelled", "withheld" and the like; unknown means usable. */
  @JsonCreator
  public static PubStatus parse(String text) {
    if (text == null) {
      return USABLE;
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    int colon = t.indexOf(':');
    if (colon >= 0) {
      t = t.substring(colon + 1);
    }
    return switch (t) {
      case "canceled", "cancelled", "kill", "killed", "deleted" -> CANCELED;
      case "withheld", "embargoed" -> WITHHELD;
      default -> USABLE;
    };
  }

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
