package io.wirewatch.app;

import io.wirewatch.model.Decision;

/** What became of one transmission: a decision on an item, or a rejection to the dead-letter topic. */
sealed interface Outcome {
  String source();

  record Decided(Decision decision) implements Outcome {
    @Override
    public String source() {
      return decision.source();
    }
  }

  record Rejected(String source, String reason, String message) implements Outcome {}
}
