package io.wirewatch.channels.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.channels.Message;
import io.wirewatch.channels.TestAlerts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleChannelTest {

  @Test
  void shouldPrintOneLinePerAlert() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleChannel console = new ConsoleChannel("console", new PrintStream(bytes, true, StandardCharsets.UTF_8), "");

    console.send(Message.of("console", List.of(TestAlerts.figure("a1", "s1", 49, 105))));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("ALERT HIGH figure changed: Armenian troops killed: 49 -> 105 [Reuters, AP]\n");
  }

  @Test
  void shouldNotLetWireTextDriveTheTerminal() {
    var a = TestAlerts.hostile("k1", "s2");
    var evil = new io.wirewatch.model.Alert(a.id(), a.type(), a.severity(), a.story(), null, null, null, null, null,
        "Kill\u001b[2J\u001b[31m\nfake line", null, null, null, null, null);

    assertThat(ConsoleChannel.line(evil, "")).isEqualTo("ALERT CRITICAL kill: Kill [2J [31m fake line");
  }
}
