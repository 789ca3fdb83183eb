package io.wirewatch.formats;

import io.wirewatch.model.WireItem;

/** What the parse processor hands on: an item for wire.items or the original bytes for wire.dlq. */
sealed interface ParseOutput {
  record Item(WireItem item) implements ParseOutput {}

  record Rejected(byte[] bytes) implements ParseOutput {}
}
