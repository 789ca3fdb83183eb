package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.kafka.EmbeddedKafka;
import io.wirewatch.testing.TestConfigs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay} with hostile files, a pipeline that dies under it, and what it leaves on disk. */
@Tag("integration")
@Timeout(300)
class ReplayRobustnessIT {
  private static Set<Path> stateDirs() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("wirewatch-state-")).collect(Collectors.toSet());
    }
  }

  @Test
  void shouldReplayFilesWithLoneSurrogatesAndLeaveNoStateFolderBehind(@TempDir Path dir) throws Exception {
    // given: a ninjs item whose headline escapes half a surrogate pair, and a text file with CESU bytes
    Path feed = Files.createDirectories(dir.resolve("feed"));
    Files.writeString(feed.resolve("a-half-pair.json"), "{\"uri\":\"urn:s:1\",\"type\":\"text\","
        + "\"versioncreated\":\"2024-03-01T08:00:00Z\",\"headline\":\"Dam \\ud800 breach floods valley\","
        + "\"body_text\":\"Water rose \\udc00 overnight in the valley towns.\"}", StandardCharsets.US_ASCII);
    byte[] cesu = "Ferry delayed \u0000 by fog\n\nThe crossing was put off.".getBytes(StandardCharsets.UTF_8);
    cesu[14] = (byte) 0xED;
    Files.write(feed.resolve("b-cesu.txt"), concat(cesu, new byte[] {(byte) 0xA0, (byte) 0x80}));
    Path out = dir.resolve("out.jsonl");
    Set<Path> before = stateDirs();

    // when
    int code = Main.execute("replay", feed.toString(), "--embedded", "--out", out.toString());

    // then: both files have an outcome, the output is valid UTF-8, and the temporary state is gone
    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).anyMatch(l -> l.contains("a-half-pair.json")).anyMatch(l -> l.contains("b-cesu.txt"));
    assertThat(lines).anyMatch(l -> l.contains("Dam \uFFFD breach"));
    assertThat(stateDirs()).isSubsetOf(before);
  }

  @Test
  void shouldFailFastWithTheReasonWhenThePipelineStopsDuringAReplay(@TempDir Path dir) throws Exception {
    // given: a running stack whose pipeline is then stopped
    Path feed = Files.createDirectories(dir.resolve("feed"));
    Files.writeString(feed.resolve("one.txt"), "Bridge closed\n\nThe bridge was closed for repairs.\n");
    try (EmbeddedKafka kafka = EmbeddedKafka.start();
        Stack stack = Stack.start(TestConfigs.isolated(kafka.bootstrapServers(), Map.of()), false)) {
      stack.app().streams().close(Duration.ofSeconds(30));
      long started = System.nanoTime();

      // when / then: the replay ends at once, naming the state, instead of waiting out the 10-minute idle time
      assertThatThrownBy(() -> Replay.run(stack.config(), List.of(feed.resolve("one.txt")), Duration.ofMinutes(10),
          stack::stoppedBecause)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("the pipeline stopped").hasMessageContaining("NOT_RUNNING");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(2));
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
