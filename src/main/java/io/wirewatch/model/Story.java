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
 * @param level the story's escalation level (tension, clashes, casualties, war), or null
 * @param domain what kind of story it is (conflict, unrest, disaster, security, sport, business, ...), or null
 * @param figures the history of each figure (killed, injured, ...) reported in the story
 * @param alerts how many alerts the story has raised
 * @param languages the languages its items are written in (ISO 639-1), in order of first report
 */
public record Story(String id, String headline, List<String> agencies, List<Entry> items,
    Map<String, Integer> counts, Instant firstSeen, Instant lastSeen, Instant updatedAt, String level,
    String domain, List<FigureSeries> figures, int alerts, List<String> languages) {

  /** A story whose languages are not known (a record written before stories kept them). */
  public Story(String id, String headline, List<String> agencies, List<Entry> items, Map<String, Integer> counts,
      Instant firstSeen, Instant lastSeen, Instant updatedAt, String level, String domain,
      List<FigureSeries> figures, int alerts) {
    this(id, headline, agencies, items, counts, firstSeen, lastSeen, updatedAt, level, domain, figures, alerts,
        List.of());
  }

  public static final int SCHEMA_VERSION = 1;

  /** One item version in the story. */
  public record Entry(String uri, String version, String source, String agency, String format, String headline,
      String status, String duplicateOf, Integer urgency, Instant versionCreated, Instant receivedAt) {}

  /** One figure's history: metric ("killed"), subject ("Armenian troops"), its key, and the values reported. */
  public record FigureSeries(String metric, String subject, String key, List<FigurePoint> points) {
    public FigureSeries {
      points = points == null ? List.of() : List.copyOf(points);
    }
  }

  /** One reported value of a figure, with who reported it and when. */
  public record FigurePoint(long value, String qualifier, String agency, String source, Instant at,
      String sentence) {}

  public Story {
    Objects.requireNonNull(id, "id");
    figures = figures == null ? List.of() : List.copyOf(figures);
    agencies = agencies == null ? List.of() : List.copyOf(agencies);
    items = items == null ? List.of() : List.copyOf(items);
    counts = counts == null ? Map.of() : Map.copyOf(counts);
    languages = languages == null ? List.of() : List.copyOf(languages);
  }

  public int schemaVersion() {
    return SCHEMA_VERSION;
  }
}
