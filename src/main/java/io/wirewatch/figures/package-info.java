/**
 * Figures (pure, no Kafka). {@link io.wirewatch.figures.FigureExtractor} reads an item's current
 * casualty-type figures (sentences, numbers in digits and words, qualifier, metric, subject side) with
 * provenance, every language through the structural {@code FigureReader} (the optional gva profile reads
 * English by the older rule reader, {@code SentenceReader} and its helpers);
 * {@link io.wirewatch.figures.FigureLedger} keeps a story's per-figure history
 * ({@link io.wirewatch.figures.LedgerState}) and turns each item's figures into FIGURE_CHANGED and
 * FIGURE_CONFLICT events ({@link io.wirewatch.figures.FigureEvent}) with deterministic alert ids. The story
 * topology calls both; rules are described for users in docs/figures.md.
 */
package io.wirewatch.figures;
