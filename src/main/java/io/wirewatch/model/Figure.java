package io.wirewatch.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One casualty-type figure stated by one item ("49 Armenian soldiers had been killed"), with the provenance
 * every alert shows. Figures live in story state, so the record round-trips through {@link Json#mapper()}.
 *
 * @param metric what is counted
 * @param subjectKey whose figure, normalised so one side's figures match across agencies and phrasings:
 *     "people", "armenia:people", "troops", "armenia:troops"
 * @param subject the subject as written ("Armenian soldiers", "its guards", "people")
 * @param value the number as given ("more than 450,000" is 450000)
 * @param qualifier how the text qualifies the number
 * @param previous a previous value the text itself states ("raised from 49 to 105" gives 49); null if none
 * @param revised true when the sentence presents the figure as a revision ("rose to", "revised down to",
 *     "up from"): the ledger then treats a differing value as a change, never as a conflict
 * @param sentence the sentence the figure was read from
 * @param offset character offset of the number in the item's {@link WireItem#bodyText()}; -1 for the headline
 * @param source the item's provenance (file name, feed entry)
 * @param itemUri the item's uri
 * @param agency the item's agency
 * @param time the item's versionCreated; may be null
 */
public record Figure(
    Metric metric,
    String subjectKey,
    String subject,
    long value,
    Qualifier qualifier,
    Long previous,
    boolean revised,
    String sentence,
    int offset,
    String source,
    String itemUri,
    String agency,
    Instant time) {

  public Figure {
    Objects.requireNonNull(metric, "metric");
    if (subjectKey == null || subjectKey.isBlank()) {
      throw new IllegalArgumentException("Figure needs a subjectKey");
    }
    if (value < 0) {
      throw new IllegalArgumentException("Figure value must not be negative: " + value);
    }
    qualifier = Objects.requireNonNullElse(qualifier, Qualifier.EXACT);
    subject = subject == null ? subjectKey : subject;
    sentence = sentence == null ? "" : sentence;
  }

  /** This figure with another value, everything else kept. */
  public Figure withValue(long newValue) {
    return new Figure(metric, subjectKey, subject, newValue, qualifier, previous, revised, sentence, offset, source,
        itemUri, agency, time);
  }

  /** The ledger key: metric and subject key, e.g. "killed|armenia:troops". */
  public String key() {
    return metric.id() + "|" + subjectKey;
  }

  /** What a figure counts. */
  public enum Metric {
    KILLED, INJURED, MISSING, EVACUATED, DISPLACED, ARRESTED, TROOPS;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * True for counts that only grow as an event unfolds (the dead, the injured, the arrested, the evacuated):
     * a lower value is stale unless the text lowers it. Missing, displaced and troop counts go both ways.
     */
    public boolean cumulative() {
      return switch (this) {
        case KILLED, INJURED, ARRESTED, EVACUATED -> true;
        case MISSING, DISPLACED, TROOPS -> false;
      };
    }

    @JsonCreator
    public static Metric of(String id) {
      return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
  }

  /** How the text qualifies a number; the value is always the number given. */
  public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, ABOUT, NEARLY, UP_TO, LESS_THAN;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Qualifier of(String id) {
      return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }

    /** True when the number is a lower bound ("at least 20", "more than 40"). */
    public boolean lowerBound() {
      return this == AT_LEAST || this == MORE_THAN;
    }
  }
}
