package io.wirewatch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a spool folder (where agencies deliver by FTP): each complete file (see {@link SpoolFiles}) is
 * produced to {@code wire.raw} as it is, keyed by its content hash, then moved to the archive folder.
 * Nothing is parsed here: a file that will not parse still goes to Kafka and the parse stage dead-letters
 * it. When produce fails the file stays for the next scan. Restart-safe: a hash is journalled (see
 * {@link SpoolJournal}) between the broker's acknowledgement and the move, so a file is not produced
 * twice after a crash in between.
 */
public final class SpoolWatcher {
  private static final Logger LOG = LoggerFactory.getLogger(SpoolWatcher.class);
  static final String JOURNAL = ".wirewatch-spool.journal";

  /** Moves a produced file out of the spool (to the archive folder in production). */
  @FunctionalInterface
  public interface Archiver {
    void archive(Path file) throws IOException;
  }

  private final Path dir;
  private final RawSink sink;
  private final Clock clock;
  private final Archiver archiver;
  private final SpoolFiles files;
  private final SpoolJournal journal;
  private final Duration sendTimeout;

  public SpoolWatcher(Path dir, Duration stableFor, RawSink sink, Clock clock, Archiver archiver) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("spool folder not found: " + dir);
    }
    this.dir = dir;
    this.sink = sink;
    this.clock = clock;
    this.archiver = archiver;
    this.files = new SpoolFiles(stableFor);
    this.journal = new SpoolJournal(dir.resolve(JOURNAL));
    this.sendTimeout = Duration.ofSeconds(60);
    compactJournal();
  }

  /** The production archiver: moves a file into {@code archiveDir}, never overwriting an earlier one. */
  public static Archiver movingTo(Path archiveDir) {
    return file -> {
      Files.createDirectories(archiveDir);
      Path target = archiveDir.resolve(file.getFileName());
      if (Files.exists(target)) {
        target = archiveDir.resolve(file.getFileName() + "." + System.currentTimeMillis());
      }
      Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    };
  }

  /** One pass over the folder; returns how many files were produced. Interrupt-aware. */
  public int scanOnce() throws IOException, InterruptedException {
    int produced = 0;
    for (Path file : files.complete(dir, clock.instant())) {
      if (handle(file)) {
        produced++;
      }
    }
    return produced;
  }

  /** Scans every {@code interval} until the thread is interrupted. */
  public void run(Duration interval) throws IOException, InterruptedException {
    LOG.info("watching spool {} every {} ms", dir, interval.toMillis());
    while (!Thread.currentThread().isInterrupted()) {
      scanOnce();
      Thread.sleep(interval.toMillis());
    }
  }

  /** Produces (unless journalled) and archives one complete file; true when it was produced now. */
  private boolean handle(Path file) throws IOException, InterruptedException {
    byte[] bytes = Files.readAllBytes(file);
    String hash = ContentKeys.of(bytes);
    boolean produce = !journal.contains(hash);
    if (produce && !send(file, hash, bytes)) {
      return false;
    }
    if (produce) {
      journal.append(hash);
    } else {
      LOG.info("{} was produced before a restart (hash {}); archiving without producing again", file, hash);
    }
    archiver.archive(file);
    Files.deleteIfExists(SpoolFiles.doneMarker(file));
    files.forget(file);
    return produce;
  }

  private boolean send(Path file, String hash, byte[] bytes) throws InterruptedException {
    try {
      sink.send(hash, file.getFileName().toString(), bytes, null).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("produce of {} failed ({}); left in the spool for the next scan", file, e.toString());
      return false;
    }
  }

  /** Drops journal entries whose files are gone (archived); keeps those still waiting in the spool. */
  private void compactJournal() throws IOException {
    if (journal.size() == 0) {
      return;
    }
    Set<String> waiting = new HashSet<>();
    try (var s = Files.list(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        if (!SpoolFiles.isInProgressName(p.getFileName().toString())) {
          waiting.add(ContentKeys.of(Files.readAllBytes(p)));
        }
      }
    }
    journal.retainOnly(waiting);
  }
}
