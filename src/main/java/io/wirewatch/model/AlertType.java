package io.wirewatch.model;

/** The kinds of alert wirewatch raises. */
public enum AlertType {
  /** A figure (killed, injured, ...) of a story changed. */
  FIGURE_CHANGED,
  /** Two sources give different values for the same figure at about the same time. */
  FIGURE_CONFLICT,
  /** The story rose on the escalation ladder (tension < clashes < casualties < war). */
  ESCALATION,
  /** An agency killed an item. */
  KILL,
  /** An agency corrected an item. */
  CORRECTION,
  /** An item's headline belongs to another story than its body. */
  HEADLINE_MISMATCH,
  /** A desk's stored query matched a story. */
  WATCH
}
