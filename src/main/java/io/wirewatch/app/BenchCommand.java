package io.wirewatch.app;

import io.wirewatch.bench.BenchReport;
import io.wirewatch.bench.PipelineBench;
import io.wirewatch.bench.PipelineStarter;
import io.wirewatch.kafka.EmbeddedKafka;
import io.wirewatch.model.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wirewatch bench}: measures the pipeline on an embedded broker with a generated stream. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Start an embedded Kafka broker, load N generated items (2 KB, four agencies, two formats, "
        + "updates, re-sends, a few hundred concurrent cross-agency stories, casualty figures; deterministic by "
        + "--seed) and print: whole-pipeline items/s (median of 3, with Q generated watch queries and without), "
        + "a pass-through topology's items/s on the same broker and records, their ratio, latency at a fixed "
        + "offered load with exactly-once on, peak heap, the heap a full collection leaves mid-run and peak RSS, "
        + "state on disk per 100k items, and the records the broker took per item, by topic. An untimed run "
        + "of each topology comes first (--warm-up), so that the figures are those of warmed-up code.",
        "The machine's other load shows in every figure: run it on an otherwise idle machine."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--items", defaultValue = "20000", paramLabel = "N", description = "Items per run (default ${DEFAULT-VALUE}).")
  int items;

  @Option(names = "--queries", defaultValue = "10000", paramLabel = "Q",
      description = "Generated watch queries (default ${DEFAULT-VALUE}; 0 = none).")
  int queries;

  @Option(names = "--partitions", defaultValue = "4", paramLabel = "P",
      description = "Partitions of wire.raw and the parallel stages (default ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--rate", defaultValue = "200", paramLabel = "ITEMS_PER_S",
      description = "Offered load of the latency run (default ${DEFAULT-VALUE}).")
  int rate;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated stream (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--instances", defaultValue = "1", paramLabel = "N",
      description = "Also measure N instances sharing one pipeline's partitions, in this process (default "
          + "${DEFAULT-VALUE}: not measured); on one machine they share its cores.")
  int instances;

  @Option(names = "--warm-up", defaultValue = "2000", paramLabel = "N",
      description = "Items of an untimed run of each topology before the measured ones (default ${DEFAULT-VALUE}; "
          + "0 = none): the JIT compiles the pipeline's code during its first thousands of items, on the same "
          + "cores, which a long-running service does not pay.")
  int warmUp;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  /**
   * The configuration measured (streams, producer and pipeline settings); the bench sets the broker, a topic
   * prefix, the application id, the state directory and the watchlists of its own.
   */
  @picocli.CommandLine.Mixin
  ConfigOption config;

  @Override
  public Integer call() throws Exception {
    if (items < 1 || queries < 0 || partitions < 1 || rate < 1 || instances < 1 || warmUp < 0) {
      throw new IllegalArgumentException("--items, --partitions, --rate and --instances must be positive, "
          + "--queries and --warm-up >= 0");
    }
    Path work = Files.createTempDirectory("wirewatch-bench-");
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      String bootstrap = kafka.bootstrapServers();
      Map<String, String> base = config.raw();
      PipelineStarter starter = (overrides, n) -> started(base, bootstrap, overrides, n, work);
      ConsoleProgress[] bar = new ConsoleProgress[1];
      String[] phase = {""};
      PipelineStarter.Progress progress = (name, done, total) -> {
        if (!name.equals(phase[0])) {
          phase[0] = name;
          bar[0] = ConsoleProgress.onStderr(name, total);
        }
        bar[0].update(done, "");
      };
      BenchReport report = new PipelineBench(bootstrap, starter, progress)
          .run(new PipelineBench.Options(items, queries, partitions, rate, seed, work, instances, warmUp,
              Integer.parseInt(base.getOrDefault("kafka.streams.commit.interval.ms", "100").trim())));
      System.out.println(report.text());
      if (json != null) {
        report.writeJson(json);
      }
    } finally {
      // every run's state, the watchlists and the pass-through's state live under it: a bench leaves nothing
      StreamsApp.deleteTree(work);
    }
    return 0;
  }

  private static PipelineStarter.Running started(Map<String, String> base, String bootstrap, Map<String, String> overrides, int instances,
      Path work) throws Exception {
    String ns = "b" + UUID.randomUUID().toString().substring(0, 8);
    Path state = Files.createTempDirectory(work, "state-");
    List<AppConfig> configs = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      Map<String, String> raw = new HashMap<>(base);
      raw.put("kafka.bootstrap.servers", bootstrap);
      raw.put("topics.prefix", ns + ".");
      raw.put("application.id", "wirewatch-bench-" + ns);
      raw.put("state.dir", instances == 1 ? state.toString() : state.resolve("instance-" + i).toString());
      if (instances > 1) {
        raw.put("http.port", "0");
      }
      raw.putAll(overrides);
      configs.add(AppConfig.fromMap(raw));
    }
    List<StreamsApp> apps = new ArrayList<>();
    for (AppConfig c : configs) {
      apps.add(StreamsApp.start(c, Duration.ofSeconds(120)));
    }
    AppConfig cfg = configs.get(0);
    return new PipelineStarter.Running() {
      @Override
      public Topics topics() {
        return cfg.topicNames();
      }

      @Override
      public Map<String, Object> producerConfig() {
        return cfg.clientConfig("producer");
      }

      @Override
      public int maxBytes() {
        return cfg.ingest().maxBytes();
      }

      @Override
      public Path stateDir() {
        return state;
      }

      @Override
      public void close() {
        apps.forEach(StreamsApp::close);
        StreamsApp.deleteTree(state);
      }
    };
  }
}
