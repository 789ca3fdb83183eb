package io.wirewatch.metrics;

import io.wirewatch.channels.AlertChannel;
import io.wirewatch.channels.DeliveryListener;
import io.wirewatch.channels.Message;
import io.wirewatch.channels.Retrier;

/**
 * Counts what the alert dispatcher's channels did: deliveries by channel and outcome, retries (attempts
 * after the first) and dead letters. Wraps another listener (the demo's printer) so both are told.
 */
public final class DeliveryMeters implements DeliveryListener {
  private final Meters meters;
  private final DeliveryListener next;

  public DeliveryMeters(Meters meters, DeliveryListener next) {
    this.meters = meters;
    this.next = next == null ? DeliveryListener.NONE : next;
  }

  @Override
  public void delivered(AlertChannel channel, Message message, Retrier.Outcome outcome) {
    meters.delivery(channel.name(), channel.type(), true, outcome.attempts());
    next.delivered(channel, message, outcome);
  }

  @Override
  public void undelivered(AlertChannel channel, Message message, Retrier.Outcome outcome) {
    meters.delivery(channel.name(), channel.type(), false, outcome.attempts());
    next.undelivered(channel, message, outcome);
  }
}
