package io.wirewatch.channels.console;

import io.wirewatch.channels.AlertChannel;
import io.wirewatch.channels.AlertView;
import io.wirewatch.channels.Escape;
import io.wirewatch.channels.Message;
import io.wirewatch.channels.SendResult;
import io.wirewatch.model.Alert;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints alerts as single lines (for the demo and for logs). Control characters from the wire are
 * replaced, so copy cannot move the cursor or recolour the terminal.
 */
public final class ConsoleChannel implements AlertChannel {
  private final String name;
  private final PrintStream out;
  private final String storyUrl;

  public ConsoleChannel(String name, PrintStream out, String storyUrl) {
    this.name = name;
    this.out = out;
    this.storyUrl = storyUrl;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String type() {
    return "console";
  }

  @Override
  public SendResult send(Message message) {
    StringBuilder b = new StringBuilder();
    if (message.digest()) {
      b.append("ALERT DIGEST (").append(message.alerts().size()).append(" alerts)\n");
    }
    for (Alert alert : message.alerts()) {
      b.append(message.digest() ? "  " : "").append(line(alert, storyUrl)).append('\n');
    }
    synchronized (out) {
      out.print(b);
      out.flush();
    }
    return SendResult.sent("printed");
  }

  /** One alert as one line: "ALERT HIGH figure changed: headline (49 -> 105) [Reuters, AP] url". */
  public static String line(Alert alert, String storyUrl) {
    AlertView v = AlertView.of(alert, storyUrl);
    return Escape.singleLine("ALERT " + v.severity().toUpperCase(Locale.ROOT) + " " + v.type() + ": " + v.headline()
        + (v.change() == null || v.headline().contains(v.change()) ? "" : " (" + v.change() + ")")
        + (v.agencies().isEmpty() ? "" : " [" + v.agencies() + "]")
        + (v.storyUrl() == null ? "" : " " + v.storyUrl()));
  }
}
