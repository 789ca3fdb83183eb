package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A newcomer's first mistake: no broker at the configured address. Every command that needs Kafka fails
 * with exit code 4 and one line naming the bootstrap servers and the next step, instead of waiting a
 * minute, printing "null" or blaming a topic.
 */
@Tag("integration")
@Timeout(120)
class BrokerUnreachableIT {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"run", "ingest", "watch"})
  void shouldFailWithTheKafkaExitCodeNamingTheBootstrapServers(String command, @TempDir Path dir) throws IOException {
    String servers = "127.0.0.1:" + closedPort();
    Path config = Files.writeString(dir.resolve("c.properties"), "kafka.bootstrap.servers=" + servers + "\n");
    Path file = Files.writeString(dir.resolve("item.txt"), "Headline\n\nBody.\n");
    String[] args = switch (command) {
      case "ingest" -> new String[] {"ingest", file.toString(), "--config", config.toString()};
      case "watch" -> new String[] {"watch", dir.toString(), "--once", "--config", config.toString()};
      default -> new String[] {"run", "--config", config.toString()};
    };
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.execute(args);
    } finally {
      System.setErr(original);
    }

    assertThat(code).isEqualTo(Main.EXIT_KAFKA_UNREACHABLE);
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(message).contains("cannot reach Kafka at " + servers, "kafka.bootstrap.servers")
        .doesNotContain(": null").doesNotContainIgnoringCase("topic");
    assertThat(Files.exists(file)).isTrue();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
