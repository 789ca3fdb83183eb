package io.wirewatch.model;

/**
 * An item with the decision on it, keyed by story id on {@code wire.story-items}: what the story stage
 * merges and runs the alert rules on.
 */
public record DecidedItem(Decision decision, WireItem item) {}
