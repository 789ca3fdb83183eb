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
import java.util.function.Supplier;
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
    return run(config, files, idleTimeout, () -> null);
  }

  /**
   * Replays {@code files}; {@code stopped} tells why the pipeline stopped (null while it runs), and a
   * stopped pipeline ends the replay at once with that reason instead of waiting out the idle timeout.
   */
  static Result run(AppConfig config, List<Path> files, Duration idleTimeout, Supplier<String> stopped) {
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
      int complete = 0;
      long lastProgress = System.nanoTime();
      while (complete < files.size() && System.nanoTime() - lastProgress < idleTimeout.toNanos()) {
        String why = stopped.get();
        if (why != null) {
          throw new IllegalStateException("the pipeline stopped during the replay (" + complete + " of "
              + files.size() + " files done): " + why);
        }
        List<Outcome> batch = reader.poll(Duration.ofMillis(200));
        for (Outcome o : batch) {
          List<Outcome> list = outcomes.get(o.source());
          if (list != null) {
            boolean before = isComplete(list);
            list.add(o);
            if (!before && isComplete(list)) {
              complete++;
            }
          }
        }
        if (!batch.isEmpty()) {
          lastProgress = System.nanoTime();
          progress.update(complete, rejectedNote(outcomes));
        }
      }
      progress.finish(complete, rejectedNote(outcomes));
    }
    List<String> missing = sources.stream().filter(s -> !isComplete(outcomes.get(s))).toList();
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

  /**
   * A file is done when it was rejected, or when every item parsed from it (a news message or feed holds
   * several) is decided, and it was merged into its story (its alerts commit with that).
   */
  static boolean isComplete(List<Outcome> outcomes) {
    int parsed = 0;
    int decided = 0;
    boolean merged = false;
    for (Outcome o : outcomes) {
      if (o instanceof Outcome.Rejected) {
        return true;
      }
      parsed += o instanceof Outcome.Parsed ? 1 : 0;
      decided += o instanceof Outcome.Decided ? 1 : 0;
      merged |= o instanceof Outcome.Merged;
    }
    return decided > 0 && decided >= parsed && merged;
  }

  /** The file's decision or rejection (the first, for a feed with several items), or null. */
  static Outcome verdict(List<Outcome> outcomes) {
    return outcomes.stream().filter(o -> o instanceof Outcome.Decided || o instanceof Outcome.Rejected)
        .findFirst().orElse(null);
  }

  private static String rejectedNote(Map<String, List<Outcome>> outcomes) {
    long rejected = outcomes.values().stream().filter(l -> verdict(l) instanceof Outcome.Rejected).count();
    return "done (" + rejected + " rejected)";
  }
}
