package io.wirewatch.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An alert on {@code wire.alerts}, keyed by story id. The {@code id} is deterministic (story, type and the
 * type's identifying values), so re-processing produces the same id and channels deliver it once.
 *
 * @param id idempotency key
 * @param type what kind of alert
 * @param severity how urgent
 * @param story the story id
 * @param storyHeadline the story's current headline
 * @param itemUri the item that triggered the alert
 * @param source that item's provenance (file name, feed entry)
 * @param agency that item's agency
 * @param agencies all agencies that reported the story so far
 * @param title one line for a person: "Armenian troops killed: 49 -> 105"
 * @param text a sentence or two of explanation, with provenance
 * @param desk the desk a watch query belongs to; null for other alerts
 * @param raisedAt when the pipeline raised it
 * @param receivedAt when the triggering item was received (ingest-to-alert latency starts here)
 * @param details the type-specific fields
 */
public record Alert(
    String id,
    AlertType type,
    Severity severity,
    String story,
    String storyHeadline,
    String itemUri,
    String source,
    String agency,
    List<String> agencies,
    String title,
    String text,
    String desk,
    Instant raisedAt,
    Instant receivedAt,
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = AlertDetails.FigureChanged.class, name = "FIGURE_CHANGED"),
        @JsonSubTypes.Type(value = AlertDetails.FigureConflict.class, name = "FIGURE_CONFLICT"),
        @JsonSubTypes.Type(value = AlertDetails.Escalation.class, name = "ESCALATION"),
        @JsonSubTypes.Type(value = AlertDetails.Kill.class, name = "KILL"),
        @JsonSubTypes.Type(value = AlertDetails.Correction.class, name = "CORRECTION"),
        @JsonSubTypes.Type(value = AlertDetails.HeadlineMismatch.class, name = "HEADLINE_MISMATCH"),
        @JsonSubTypes.Type(value = AlertDetails.Watch.class, name = "WATCH")})
    AlertDetails details) {

  public static final int SCHEMA_VERSION = 1;

  public Alert {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(story, "story");
    agencies = agencies == null ? List.of() : List.copyOf(agencies);
  }

  public int schemaVersion() {
    return SCHEMA_VERSION;
  }
}
