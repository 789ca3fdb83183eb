package io.wirewatch.formats;

import java.util.Locale;

/** Why bytes from the wire could not become an item. The {@link #code()} is what {@code wire.dlq} carries. */
public enum RejectReason {
  /** Zero bytes, or only white space. */
  EMPTY,
  /** Larger than the configured input limit; refused before parsing. */
  OVERSIZE,
  /** Not text in a known encoding (binary, invalid UTF-8 where UTF-8 is required). */
  UNDECODABLE,
  /** Looks like JSON but is not well-formed. */
  MALFORMED_JSON,
  /** Looks like XML but is not well-formed. */
  MALFORMED_XML,
  /** XML with a DOCTYPE: DTDs and entities are refused (XXE, entity bombs). */
  DTD_FORBIDDEN,
  /** Well-formed but lacks what an item needs (uri, headline, ...). */
  SCHEMA_INVALID,
  /** A 7901/ANPA transmission without its end (no ETX or end line). */
  TRUNCATED_TRANSMISSION,
  /** An item whose body and headline are both empty. */
  EMPTY_BODY,
  /** A recognised format carrying no text item (a package, a picture, a news message of packages). */
  NOT_TEXT,
  /** Content that matches no supported format. */
  UNKNOWN_FORMAT;

  /** The machine-readable reason, e.g. "dtd_forbidden". */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
