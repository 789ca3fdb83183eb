package io.wirewatch.app;

import io.wirewatch.ingest.FileSource;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Replays a folder of wire files through the real pipeline and writes the evaluation records. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Send every file of DIR (file-name order) through the pipeline, wait until each has a "
        + "decision or a rejection and its alerts, and write one JSON record per line: items, rejections, then "
        + "alerts (the evaluation format; see README, 'Replay output')."})
final class ReplayCommand implements Callable<Integer> {
  @Mixin
  ConfigOption config;

  @Parameters(index = "0", paramLabel = "DIR", description = "Folder of wire files.")
  Path dir;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Where to write the JSON lines.")
  Path out;

  @Option(names = "--embedded", description = "Start an in-process Kafka broker for this replay.")
  boolean embedded;

  @Option(names = "--topic-prefix", paramLabel = "PREFIX",
      description = "Topic prefix for this replay on a shared cluster (default: replay-<time>. without --embedded).")
  String topicPrefix;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a folder: " + dir);
    }
    List<Path> files = FileSource.expand(List.of(dir));
    AppConfig cfg = config.load();
    String runId = "replay-" + Instant.now().toEpochMilli();
    String prefix = topicPrefix != null ? topicPrefix : embedded ? cfg.topics().prefix() : runId + ".";
    cfg = cfg.withNamespace(prefix, cfg.applicationId() + "-" + runId);
    Replay.Result result;
    try (Stack stack = Stack.start(cfg, embedded)) {
      Duration idle = stack.config().replay().idleTimeout();
      result = Replay.run(stack.config(), files, idle, stack::stoppedBecause);
    }
    try (Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(out),
        StandardCharsets.UTF_8))) {
      ReplayWriter.write(result, w);
    }
    long rejected = result.outcomes().values().stream()
        .filter(l -> Replay.verdict(l) instanceof Outcome.Rejected).count();
    System.err.printf("wirewatch: replayed %d files in %.1f s: %d decided, %d rejected, %d without outcome -> %s%n",
        files.size(), result.took().toMillis() / 1000.0, files.size() - rejected - result.missing().size(),
        rejected, result.missing().size(), out);
    if (!result.missing().isEmpty()) {
      System.err.println("wirewatch: no outcome for: " + String.join(", ", result.missing()));
      return Main.EXIT_INCOMPLETE;
    }
    return 0;
  }
}
