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
    Instant receivedAt) {

  public static final int SCHEMA_VERSION = 1;

  public Decision {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(status, "status");
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  public int schemaVersion() {
    return SCHEMA_VERSION;
  }
}
