package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them, including the embedded broker. */
@Tag("integration")
@Timeout(300)
class CommandLineIT {

  @Test
  void shouldReplayAFolderOnAnEmbeddedBrokerAndWriteOneRecordPerFile(@TempDir Path dir) throws Exception {
    Path feed = Files.createDirectories(dir.resolve("feed"));
    for (SampleFeed.Entry e : SampleFeed.load()) {
      Files.write(feed.resolve(e.name()), e.bytes());
    }
    Path out = dir.resolve("d.jsonl");

    int code = Main.execute("replay", feed.toString(), "--embedded", "--out", out.toString());

    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSizeGreaterThanOrEqualTo(SampleFeed.load().size());
    assertThat(lines).anyMatch(l -> l.contains("\"type\":\"rejected\""))
        .anyMatch(l -> l.contains("\"type\":\"item\"") && l.contains("\"status\":\"update\""));
  }

  @Test
  void shouldRunTheDemoOnceAndPrintOneLinePerItem() throws Exception {
    String printed = captureStdout(() -> Main.execute("demo", "--once", "--pace", "0"));

    assertThat(printed).contains("REJECTED").contains("NEW").contains("UPDATE");
    assertThat(printed).containsPattern("wirewatch demo: newsroom page http://127\\.0\\.0\\.1:[0-9]+/");
    long decisionLines = printed.lines().filter(l -> l.matches("^(NEW|UPDATE|DUPLICATE|CORRECTION|KILL|WITHHELD|REJECTED) .*"))
        .count();
    assertThat(decisionLines).isGreaterThanOrEqualTo(SampleFeed.load().size());
  }

  private static String captureStdout(Callable<Integer> action) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      assertThat(action.call()).isZero();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
