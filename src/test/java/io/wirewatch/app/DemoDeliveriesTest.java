package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.channels.AlertChannel;
import io.wirewatch.channels.Message;
import io.wirewatch.channels.Retrier;
import io.wirewatch.channels.SendResult;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDeliveriesTest {
  private static AlertChannel channel(String type) {
    return new AlertChannel() {
      @Override
      public String name() {
        return "cms";
      }

      @Override
      public String type() {
        return type;
      }

      @Override
      public SendResult send(Message message) {
        return SendResult.sent("ok");
      }
    };
  }

  @Test
  void shouldPrintEachWebhookDeliveryButLeaveConsoleAlertsToTheConsoleChannel() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DemoDeliveries demo = new DemoDeliveries(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    Alert alert = new Alert("a1", AlertType.KILL, Severity.HIGH, "s1", null, null, null, null, null,
        "KILL: ceasefire story\nwithdrawn", null, null, null, null, null);
    Message m = new Message("wwd-1", "cms", List.of(alert));

    demo.delivered(channel("webhook"), m, new Retrier.Outcome(true, 2, "HTTP 200"));
    demo.delivered(channel("console"), m, new Retrier.Outcome(true, 1, "printed"));

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
        "  delivered to webhook cms: \"KILL: ceasefire story withdrawn\" (wwd-1, 2 attempt(s), HTTP 200)\n");
  }
}
