package io.wirewatch.channels;

/** Told about each message a channel delivered or gave up on (the demo prints these). */
public interface DeliveryListener {
  DeliveryListener NONE = new DeliveryListener() {};

  default void delivered(AlertChannel channel, Message message, Retrier.Outcome outcome) {}

  default void undelivered(AlertChannel channel, Message message, Retrier.Outcome outcome) {}
}
