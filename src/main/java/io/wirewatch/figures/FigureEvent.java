package io.wirewatch.figures;

import io.wirewatch.model.AlertDetails;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Severity;

/**
 * A figure alert the ledger raised for one item: FIGURE_CHANGED or FIGURE_CONFLICT with its deterministic
 * id, severity, one-line title, a sentence of explanation with provenance, and the alert details.
 */
public record FigureEvent(String alertId, AlertType type, Severity severity, String metric, String subjectKey,
    String title, String text, AlertDetails details) {}
