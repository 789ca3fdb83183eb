package io.wirewatch.app;

import io.wirewatch.channels.AlertChannel;
import io.wirewatch.channels.DeliveryListener;
import io.wirewatch.channels.Escape;
import io.wirewatch.channels.Message;
import io.wirewatch.channels.Retrier;
import java.io.PrintStream;

/** Prints one line per delivery to a non-console channel (the console channel prints the alerts itself). */
final class DemoDeliveries implements DeliveryListener {
  private final PrintStream out;

  DemoDeliveries(PrintStream out) {
    this.out = out;
  }

  @Override
  public void delivered(AlertChannel channel, Message message, Retrier.Outcome outcome) {
    if (!"console".equals(channel.type())) {
      print("delivered to", channel, message, outcome);
    }
  }

  @Override
  public void undelivered(AlertChannel channel, Message message, Retrier.Outcome outcome) {
    print("FAILED to deliver to", channel, message, outcome);
  }

  private void print(String what, AlertChannel channel, Message message, Retrier.Outcome outcome) {
    String alerts = message.digest() ? message.alerts().size() + " alerts" : "\"" + Escape.singleLine(
        Escape.truncate(message.first().title() == null ? message.first().id() : message.first().title(), 100)) + "\"";
    synchronized (out) {
      out.printf("  %s %s %s: %s (%s, %d attempt(s), %s)%n", what, channel.type(), channel.name(), alerts,
          message.deliveryId(), outcome.attempts(), Escape.singleLine(outcome.detail()));
    }
  }
}
