package io.wirewatch.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The pipeline's verdict on one item: which story it joined and what it is. The value of
 * {@code wire.decisions}, keyed by item uri.
 *
 * @param uri the item's uri
 * @param version the item's version label as sent
 * @param source the item's provenance (file name, feed entry) as recorded at ingest
 * @param agency the sending agency
 * @param format the detected wire format id
 * @param headline the headline as sent
 * @param story the id of the story the item was merged into
 * @param status new, update, duplicate, correction, kill or withheld
 * @param duplicateOf for a duplicate, the source of the first item it copies; else null
 * @param reasons short human-readable reasons for the status
 * @param versionCreated the item's version time
 * @param receivedAt when wirewatch received the bytes
 * @param eventTime the time the item was decided at: its version time, clamped to its receipt plus the
 *     allowed clock skew (and to 1970 at the earliest), so a sender's wrong clock cannot move the
 *     pipeline's; differs from {@code versionCreated} only when a reason says so
 */
public record Decision(
    String uri,
    String version,
    String source,
    String agency,
    String format,
    String headline,
    String story,
    DecisionStatus status,
    String duplicateOf,
    List<String> reasons,
    Instant versionCreated,
    Instant receivedAt,
    Instant eventTime) {

  public static final int SCHEMA_VERSION = 1;

  /** A decision taken at the item's own version time. */
  public Decision(String uri, String version, String source, String agency, String format, String headline,
      String story, DecisionStatus status, String duplicateOf, List<String> reasons, Instant versionCreated,
      Instant receivedAt) {
    this(uri, version, source, agency, format, headline, story, status, duplicateOf, reasons, versionCreated,
        receivedAt, versionCreated);
  }

  public Decision {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(status, "status");
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  public int schemaVersion() {
    return SCHEMA_VERSION;
  }
}
