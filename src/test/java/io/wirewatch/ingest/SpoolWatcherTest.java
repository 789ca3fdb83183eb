package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolWatcherTest {
  private static final Duration STABLE = Duration.ofSeconds(2);

  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    Instant now = Instant.parse("2023-04-08T10:00:00Z");

    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
    void advance(Duration d) { now = now.plus(d); }
  }

  @TempDir
  Path dir;
  private final FakeSink sink = new FakeSink();
  private final ManualClock clock = new ManualClock();

  private SpoolWatcher watcher(SpoolWatcher.Archiver archiver) throws IOException {
    return new SpoolWatcher(dir, STABLE, sink, clock, archiver);
  }

  @Test
  void shouldProduceAFileOnlyOnceItsSizeHasBeenStableForThePeriodThenArchiveIt() throws Exception {
    // given
    SpoolWatcher watcher = watcher(SpoolWatcher.movingTo(dir.resolve("archive")));
    Files.writeString(dir.resolve("a.json"), "{\"uri\":");

    // when / then: growing file is not taken
    assertThat(watcher.scanOnce()).isZero();
    clock.advance(Duration.ofSeconds(1));
    Files.writeString(dir.resolve("a.json"), "{\"uri\": \"u\"}");
    assertThat(watcher.scanOnce()).isZero();
    clock.advance(Duration.ofSeconds(3));
    assertThat(watcher.scanOnce()).isEqualTo(1);

    // then
    assertThat(sink.sent).singleElement().satisfies(s -> {
      assertThat(new String(s.bytes())).isEqualTo("{\"uri\": \"u\"}");
      assertThat(s.key()).isEqualTo(ContentKeys.of(s.bytes())).startsWith("sha256:");
      assertThat(s.source()).isEqualTo("a.json");
    });
    assertThat(dir.resolve("a.json")).doesNotExist();
    assertThat(dir.resolve("archive/a.json")).exists();
  }

  @Test
  void shouldTakeAFileWithADoneMarkerAtOnceAndSkipTemporaryNames() throws Exception {
    // given
    SpoolWatcher watcher = watcher(SpoolWatcher.movingTo(dir.resolve("archive")));
    Files.writeString(dir.resolve("b.xml"), "<nitf/>");
    Files.writeString(dir.resolve("b.xml.done"), "");
    Files.writeString(dir.resolve("c.xml.tmp"), "<nitf/>");
    Files.writeString(dir.resolve(".d.xml"), "<nitf/>");

    // when
    int produced = watcher.scanOnce();
    clock.advance(Duration.ofMinutes(1));
    produced += watcher.scanOnce();

    // then
    assertThat(produced).isEqualTo(1);
    assertThat(sink.sent).extracting(FakeSink.Sent::source).containsExactly("b.xml");
    assertThat(dir.resolve("b.xml.done")).doesNotExist();
    assertThat(dir.resolve("c.xml.tmp")).exists();
  }

  @Test
  void shouldLeaveTheFileForTheNextScanWhenProduceFails() throws Exception {
    // given
    SpoolWatcher watcher = watcher(SpoolWatcher.movingTo(dir.resolve("archive")));
    Files.writeString(dir.resolve("e.txt"), "Headline\n\nBody.");
    Files.writeString(dir.resolve("e.txt.done"), "");
    sink.failing = true;

    // when
    int first = watcher.scanOnce();
    sink.failing = false;
    int second = watcher.scanOnce();

    // then
    assertThat(first).isZero();
    assertThat(second).isEqualTo(1);
    assertThat(sink.sent).hasSize(1);
  }

  @Test
  void shouldNotProduceAFileAgainAfterACrashBetweenProduceAndArchive() throws Exception {
    // given: the first watcher crashes while moving the file
    Files.writeString(dir.resolve("f.json"), "{\"uri\": \"urn:f\", \"headline\": \"h\"}");
    Files.writeString(dir.resolve("f.json.done"), "");
    SpoolWatcher crashing = watcher(file -> {
      throw new IllegalStateException("simulated crash before the move");
    });
    assertThatThrownBy(crashing::scanOnce).hasMessageContaining("simulated crash");

    // when: a new watcher starts on the same folder
    SpoolWatcher restarted = watcher(SpoolWatcher.movingTo(dir.resolve("archive")));
    int produced = restarted.scanOnce();

    // then
    assertThat(produced).isZero();
    assertThat(sink.sent).hasSize(1);
    assertThat(dir.resolve("archive/f.json")).exists();
  }

  @Test
  void shouldProduceUnparseableAndEmptyFilesToo() throws Exception {
    // given
    SpoolWatcher watcher = watcher(SpoolWatcher.movingTo(dir.resolve("archive")));
    Files.write(dir.resolve("garbage.bin"), new byte[] {0, 1, 2, (byte) 0xFF});
    Files.write(dir.resolve("empty.json"), new byte[0]);

    // when
    watcher.scanOnce();
    clock.advance(STABLE);
    watcher.scanOnce();

    // then
    assertThat(sink.sent).extracting(FakeSink.Sent::source).containsExactly("empty.json", "garbage.bin");
  }
}
