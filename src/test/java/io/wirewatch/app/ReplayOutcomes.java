package io.wirewatch.app;

import io.wirewatch.ingest.FileSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** For fault tests: the sample feed as files, and what a pipeline decided and raised, read back from its topics. */
final class ReplayOutcomes {
  private ReplayOutcomes() {}

  static List<Path> sampleFeed(Path dir) throws Exception {
    Files.createDirectories(dir);
    for (SampleFeed.Entry e : SampleFeed.load()) {
      Files.write(dir.resolve(e.name()), e.bytes());
    }
    return FileSource.expand(List.of(dir));
  }

  /** Waits until the decisions topic holds {@code n} committed decisions. */
  static void awaitDecisions(AppConfig cfg, int n) throws InterruptedException {
    List<Outcome> seen = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    try (OutcomeReader reader = new OutcomeReader(cfg)) {
      while (seen.stream().filter(o -> o instanceof Outcome.Decided).count() < n) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("no " + n + " decisions within 90 s");
        }
        seen.addAll(reader.poll(Duration.ofMillis(100)));
      }
    }
  }

  /** Every committed outcome, read until nothing new arrives for 5 s (alerts can trail the last merge). */
  static List<Outcome> settled(AppConfig cfg) {
    List<Outcome> all = new ArrayList<>();
    try (OutcomeReader reader = new OutcomeReader(cfg)) {
      long quietSince = System.nanoTime();
      while (System.nanoTime() - quietSince < Duration.ofSeconds(5).toNanos()) {
        List<Outcome> batch = reader.poll(Duration.ofMillis(200));
        if (!batch.isEmpty()) {
          all.addAll(batch);
          quietSince = System.nanoTime();
        }
      }
    }
    return all;
  }

  static Map<String, Long> decisionsPerFile(List<Outcome> outcomes) {
    return outcomes.stream().filter(o -> o instanceof Outcome.Decided)
        .collect(Collectors.groupingBy(Outcome::source, TreeMap::new, Collectors.counting()));
  }

  /** file -> "status story duplicateOf": the whole of what a decision says. */
  static Map<String, String> verdicts(List<Outcome> outcomes) {
    Map<String, String> out = new TreeMap<>();
    for (Outcome o : outcomes) {
      if (o instanceof Outcome.Decided d) {
        out.put(d.source(), d.decision().status().id() + " " + d.decision().story() + " "
            + d.decision().duplicateOf());
      } else if (o instanceof Outcome.Rejected r) {
        out.put(r.source(), "rejected " + r.reason());
      }
    }
    return out;
  }

  static List<String> alertIds(List<Outcome> outcomes) {
    return outcomes.stream().filter(o -> o instanceof Outcome.Alerted)
        .map(o -> ((Outcome.Alerted) o).alert().id()).toList();
  }
}
