package io.wirewatch.app;

import io.wirewatch.ingest.FileSource;
import io.wirewatch.ingest.RawProducer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Sends files through the producer path in file-name order and waits until every file has an outcome (a
 * decision or a rejection) or until no outcome has arrived for the idle timeout.
 */
final class Replay {

  /** Outcomes per file name, in file order; {@code missing} lists files that got none. */
  record Result(List<String> sources, Map<String, List<Outcome>> outcomes, List<String> missing,
      Duration took) {}

  private Replay() {}

  static Result run(AppConfig config, List<Path> files, Duration idleTimeout) {
    long start = System.nanoTime();
    Map<String, List<Outcome>> outcomes = new LinkedHashMap<>();
    List<String> sources = new ArrayList<>();
    files.forEach(f -> {
      String name = f.getFileName().toString();
      sources.add(name);
      outcomes.put(name, new ArrayList<>());
    });
    ConsoleProgress progress = ConsoleProgress.onStderr("replay", files.size());
    try (OutcomeReader reader = new OutcomeReader(config)) {
      produceAll(config, files);
      int decided = 0;
      long lastProgress = System.nanoTime();
      while (decided < files.size()
          && System.nanoTime() - lastProgress < idleTimeout.toNanos()) {
        List<Outcome> batch = reader.poll(Duration.ofMillis(200));
        for (Outcome o : batch) {
          List<Outcome> list = outcomes.get(o.source());
          if (list != null) {
            if (list.isEmpty()) {
              decided++;
            }
            list.add(o);
          }
        }
        if (!batch.isEmpty()) {
          lastProgress = System.nanoTime();
          progress.update(decided, rejectedNote(outcomes));
        }
      }
      progress.finish(decided, rejectedNote(outcomes));
    }
    List<String> missing = sources.stream().filter(s -> outcomes.get(s).isEmpty()).toList();
    return new Result(sources, outcomes, missing, Duration.ofNanos(System.nanoTime() - start));
  }

  private static void produceAll(AppConfig config, List<Path> files) {
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    try (RawProducer producer = new RawProducer(config.clientConfig("producer"), config.topicNames(),
        config.ingest().maxBytes(), Clock.systemUTC())) {
      for (Path f : files) {
        sent.add(producer.send(FileSource.keyOf(f), f.getFileName().toString(), Files.readAllBytes(f), null));
      }
      producer.flush();
      for (int i = 0; i < sent.size(); i++) {
        awaitSent(sent.get(i), files.get(i));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a file to replay: " + e.getMessage(), e);
    }
  }

  private static void awaitSent(Future<RecordMetadata> future, Path file) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending " + file, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not send " + file.getFileName() + " to Kafka: "
          + e.getCause().getMessage(), e.getCause());
    }
  }

  private static String rejectedNote(Map<String, List<Outcome>> outcomes) {
    long rejected = outcomes.values().stream()
        .filter(l -> !l.isEmpty() && l.get(0) instanceof Outcome.Rejected).count();
    return "decided (" + rejected + " rejected)";
  }
}
