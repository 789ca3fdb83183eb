package io.wirewatch.model;

import java.time.Instant;
import java.util.List;

/**
 * The type-specific part of an {@link Alert}; its JSON shape is selected by the alert's {@code type}.
 * Every value that came from the wire is plain text: channels must escape it for their medium.
 */
public sealed interface AlertDetails {

  /** Where a figure came from: the item, its agency, the sentence and the character offset in the body. */
  record Provenance(String source, String itemUri, String agency, String sentence, int offset, Instant at) {}

  /** FIGURE_CHANGED: {@code from} is the latest earlier value in the story, {@code to} the new one. */
  record FigureChanged(String metric, String subject, long from, long to, String direction, String qualifier,
      Provenance previous, Provenance current) implements AlertDetails {}

  /** FIGURE_CONFLICT: two sources disagree within the conflict window; {@code values} = [earlier, new]. */
  record FigureConflict(String metric, String subject, List<Long> values, List<Provenance> sources)
      implements AlertDetails {
    public FigureConflict {
      values = List.copyOf(values);
      sources = List.copyOf(sources);
    }
  }

  /** ESCALATION: the story's level rose; {@code cue} is what in {@code sentence} showed it. */
  record Escalation(String fromLevel, String toLevel, String cue, String sentence) implements AlertDetails {}

  /** KILL: the killed item, and the agency's reason when it gave one. */
  record Kill(String killedUri, String killedHeadline, String reason) implements AlertDetails {}

  /** CORRECTION: what the correction changed, when it can be told (a figure, a name, a place). */
  record Correction(String correctedUri, String note, List<String> changes) implements AlertDetails {
    public Correction {
      changes = changes == null ? List.of() : List.copyOf(changes);
    }
  }

  /** HEADLINE_MISMATCH: the headline, what the body is about, and how little they share. */
  record HeadlineMismatch(String headline, String bodyAbout, double overlap) implements AlertDetails {}

  /** WATCH: a desk's stored query matched; {@code highlights} are the matched terms in context. */
  record Watch(String queryId, String query, String desk, List<String> highlights) implements AlertDetails {
    public Watch {
      highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }
  }
}
