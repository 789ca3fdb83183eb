package io.wirewatch.channels;

import io.wirewatch.model.Alert;
import java.util.Objects;

/**
 * An alert on its way to one channel, with where it was read from: the dispatcher commits that offset
 * only once every channel has delivered or dead-lettered the alert.
 */
public record Envelope(Alert alert, Receipt receipt) {
  public Envelope {
    Objects.requireNonNull(alert, "alert");
    Objects.requireNonNull(receipt, "receipt");
  }

  /** Where a record was read: topic, partition and offset. */
  public record Receipt(String topic, int partition, long offset) {}
}
