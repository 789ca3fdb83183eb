package io.wirewatch.channels;

/**
 * One configured delivery target. {@link #send} makes one attempt and says how it went; retries, rate
 * limits and dead-lettering are the dispatcher's. Implementations must be safe to call from one worker
 * thread at a time and must escape every piece of wire text for their medium.
 */
public interface AlertChannel extends AutoCloseable {

  /** The name from channels.yaml ({@code [a-z0-9_-]+}). */
  String name();

  /** The channel type: slack, teams, webhook, email or console. */
  String type();

  /** One attempt to deliver {@code message}; never throws for a delivery failure. */
  SendResult send(Message message) throws InterruptedException;

  @Override
  default void close() {}
}
