package io.wirewatch.figures;

import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.Figure;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the ledger needs from one item of a story: who sent it, when it says it was written
 * ({@code versionCreated}) and when it reached us ({@code receivedAt}; may be null), what the pipeline
 * decided it is, and the figures extracted from it.
 */
public record LedgerUpdate(String story, String itemUri, String source, String agency, Instant versionCreated,
    DecisionStatus status, List<Figure> figures, Instant receivedAt) {

  public LedgerUpdate {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(status, "status");
    figures = figures == null ? List.of() : List.copyOf(figures);
  }

  /** An update whose time of receipt is not known. */
  public LedgerUpdate(String story, String itemUri, String source, String agency, Instant versionCreated,
      DecisionStatus status, List<Figure> figures) {
    this(story, itemUri, source, agency, versionCreated, status, figures, null);
  }
}
