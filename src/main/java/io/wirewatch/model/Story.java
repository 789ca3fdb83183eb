package io.wirewatch.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One real event as wirewatch understands it: every item and version merged into it, from every agency.
 * The value of the compacted {@code wire.stories}, keyed by story id; the latest record is the story.
 *
 * @param id the story id
 * @param headline the headline of the latest of the most urgent usable items
 * @param agencies agencies that reported it, in order of first report
 * @param items every item version merged in, oldest first
 * @param counts how many items of each status
 * @param firstSeen the first item's time (event time)
 * @param lastSeen the latest item's time (event time)
 * @param updatedAt when the pipeline last changed it
 */
public record Story(String id, String headline, List<String> agencies, List<Entry> items,
    Map<String, Integer> counts, Instant firstSeen, Instant lastSeen, Instant updatedAt) {

  public static final int SCHEMA_VERSION = 1;

  /** One item version in the story. */
  public record Entry(String uri, String version, String source, String agency, String format, String headline,
      String status, String duplicateOf, Integer urgency, Instant versionCreated, Instant receivedAt) {}

  public Story {
    Objects.requireNonNull(id, "id");
    agencies = agencies == null ? List.of() : List.copyOf(agencies);
    items = items == null ? List.of() : List.copyOf(items);
    counts = counts == null ? Map.of() : Map.copyOf(counts);
  }

  public int schemaVersion() {
    return SCHEMA_VERSION;
  }
}
