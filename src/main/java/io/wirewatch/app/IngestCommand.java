package io.wirewatch.app;

import io.wirewatch.ingest.FileSource;
import io.wirewatch.ingest.RawProducer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Produces files, as they are, onto wire.raw. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Send wire files (or every file of a folder, in name order) to wire.raw.")
final class IngestCommand implements Callable<Integer> {
  @Mixin
  ConfigOption config;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or folders to send.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    AppConfig cfg = config.load();
    BrokerCheck.require(cfg);
    List<Path> files = FileSource.expand(paths);
    ConsoleProgress progress = ConsoleProgress.onStderr("ingest", files.size());
    int sent = 0;
    try (RawProducer producer = new RawProducer(cfg.clientConfig("producer"), cfg.topicNames(),
        cfg.ingest().maxBytes(), Clock.systemUTC())) {
      List<Future<RecordMetadata>> pending = new java.util.ArrayList<>();
      for (Path f : files) {
        pending.add(producer.send(FileSource.keyOf(f), f.getFileName().toString(), Files.readAllBytes(f), null));
      }
      producer.flush();
      for (Future<RecordMetadata> f : pending) {
        try {
          f.get();
          progress.update(++sent, "sent");
        } catch (ExecutionException e) {
          System.err.println("wirewatch: send failed: " + e.getCause().getMessage());
        }
      }
    }
    progress.finish(sent, "sent");
    System.out.printf("sent %d of %d files to %s%n", sent, files.size(), cfg.topicNames().raw().name());
    return sent == files.size() ? 0 : 1;
  }
}
