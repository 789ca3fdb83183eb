package io.wirewatch.app;

import io.wirewatch.ingest.RawProducer;
import io.wirewatch.ingest.SpoolWatcher;
import io.wirewatch.ingest.TransportConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Watches a spool folder and produces each complete file to wire.raw, then archives it. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Watch a spool folder (agency FTP drop): produce each complete file to wire.raw, then move it "
        + "to the archive folder. A file is complete when '<name>.done' exists or its size has not changed for "
        + "ingest.spool.stable.ms; names starting with '.' or ending .tmp/.part are skipped.",
        "Restart-safe: files are keyed by content hash and journalled before they are moved."})
final class WatchCommand implements Callable<Integer> {
  @Mixin
  ConfigOption config;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "Spool folder (default: ingest.spool.dir).")
  Path dir;

  @Option(names = "--archive", paramLabel = "DIR", description = "Archive folder (default: DIR/archive).")
  Path archive;

  @Option(names = "--once", description = "Scan once and exit: 0 when every file was produced, 1 when some "
      + "could not be and stay in the spool.")
  boolean once;

  /** Complete files still in the spool after a pass: each was not produced (a send failed). */
  private static long leftInSpool(Path folder, Path archiveDir) throws java.io.IOException {
    try (var files = java.nio.file.Files.list(folder)) {
      return files.filter(java.nio.file.Files::isRegularFile)
          .filter(p -> !p.startsWith(archiveDir))
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith(".") && !n.endsWith(".done") && !n.endsWith(".tmp") && !n.endsWith(".part"))
          .count();
    }
  }

  @Override
  public Integer call() throws Exception {
    AppConfig cfg = config.load();
    BrokerCheck.require(cfg);
    TransportConfig.Spool spool = cfg.ingest().transports().spool();
    Path folder = dir != null ? dir : spool.dir();
    if (folder == null) {
      throw new IllegalArgumentException("no spool folder: give DIR or set ingest.spool.dir");
    }
    Path archiveDir = archive != null ? archive : spool.archiveFor(folder);
    try (RawProducer producer = new RawProducer(cfg.clientConfig("producer"), cfg.topicNames(),
        cfg.ingest().maxBytes(), Clock.systemUTC())) {
      Duration stable = once ? Duration.ZERO : spool.stableFor();
      SpoolWatcher watcher = new SpoolWatcher(folder, stable, producer, Clock.systemUTC(),
          SpoolWatcher.movingTo(archiveDir));
      if (once) {
        int produced = watcher.scanOnce() + watcher.scanOnce();
        System.out.printf("produced %d file(s) from %s to %s%n", produced, folder, cfg.topicNames().raw().name());
        long left = leftInSpool(folder, archiveDir);
        if (left > 0) {
          System.err.println("wirewatch: " + left + " file(s) could not be produced and stay in " + folder
              + " (the log says why); run 'watch --once' again when Kafka accepts them");
          return 1;
        }
        return 0;
      }
      System.err.println("wirewatch: watching " + folder + " (archive " + archiveDir + "); Ctrl-C stops");
      Thread main = Thread.currentThread();
      Runtime.getRuntime().addShutdownHook(new Thread(main::interrupt, "wirewatch-watch-stop"));
      try {
        watcher.run(spool.scanInterval());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return 0;
    }
  }
}
