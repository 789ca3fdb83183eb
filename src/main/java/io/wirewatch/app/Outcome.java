package io.wirewatch.app;

import io.wirewatch.model.Decision;

/**
 * What became of one transmission: a decision on an item or a rejection to the dead-letter topic, then the
 * story stage's merge of the item and any alerts it raised.
 */
sealed interface Outcome {
  String source();

  record Decided(Decision decision) implements Outcome {
    @Override
    public String source() {
      return decision.source();
    }
  }

  record Rejected(String source, String reason, String message) implements Outcome {}

  /** The parse stage's item (on wire.items): what replay reports as the item's language and body. */
  record Parsed(io.wirewatch.model.WireItem item) implements Outcome {
    @Override
    public String source() {
      return item.source();
    }
  }

  /** An alert an item raised. */
  record Alerted(io.wirewatch.model.Alert alert) implements Outcome {
    @Override
    public String source() {
      return alert.source();
    }
  }

  /** The story stage merged the item from {@code source} into {@code story}. */
  record Merged(String source, io.wirewatch.model.Story story) implements Outcome {}
}
