package io.wirewatch.figures;

import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.Figure;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the ledger needs from one item of a story: who sent it, when, what the pipeline decided it is, and
 * the figures extracted from it.
 */
public record LedgerUpdate(String story, String itemUri, String source, String agency, Instant versionCreated,
    DecisionStatus status, List<Figure> figures) {

  public LedgerUpdate {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(status, "status");
    figures = figures == null ? List.of() : List.copyOf(figures);
  }
}
