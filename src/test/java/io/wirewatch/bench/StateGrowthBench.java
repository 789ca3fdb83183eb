package io.wirewatch.bench;

import io.wirewatch.app.AppConfig;
import io.wirewatch.app.TopologyFactory;
import io.wirewatch.kafka.BoundedStateMemory;
import io.wirewatch.metrics.Meters;
import io.wirewatch.model.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Benchmark (not a test): does the state stay bounded? The app's whole topology ({@link TopologyFactory},
 * bundled default config, so every store) on a {@link TopologyTestDriver} with a real state directory
 * (RocksDB), fed N generated items ({@link BenchFeed.Stream}) dated {@code spacing} apart. Every N/20 items,
 * and at one window's worth, it prints the items so far, the days of event time covered, the entries of each
 * store, the bytes of the state directory (stores flushed first; SST files apart) and the heap used after a
 * GC. One window's worth is the longest retention of a store's entries (versions 30 days, stories 14 days
 * plus a day of grace, texts 72 hours) divided by the spacing; the term frequencies are halved every six
 * story windows instead of expiring. Then a quiet phase, one item a day for 60 days, shows whether the state
 * shrinks when traffic drops. No punctuator is wall-clock based, so only event time advances. Run from the
 * project's root: {@code java -cp target/test-classes:target/classes:<deps> io.wirewatch.bench.StateGrowthBench
 * [items] [spacing seconds] [quiet days]}.
 */
public final class StateGrowthBench {
  private StateGrowthBench() {}

  /** One measurement: what the state held after {@code items}. */
  private record Sample(String label, long items, double days, Map<String, Long> entries, long bytes, long sst,
      long heap) {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    Duration spacing = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 20);
    int quietDays = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    AppConfig config = AppConfig.fromMap(AppConfig.bundledDefaults());
    Duration longest = max(config.decide().settings().versionRetention(),
        config.decide().stories().window().plus(config.decide().stories().grace()),
        config.decide().settings().dedupWindow());
    long window = (longest.toSeconds() + spacing.toSeconds() - 1) / spacing.toSeconds();
    System.out.printf("%,d items %d s apart (%.1f days of event time); one window's worth = the longest retention, "
        + "%d days, = %,d items%n", n, spacing.toSeconds(), n * (double) spacing.toSeconds() / 86_400,
        longest.toDays(), window);

    Path dir = Files.createTempDirectory("wirewatch-stategrowth-");
    List<AutoCloseable> resources = new ArrayList<>();
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "stategrowth");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
    p.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
    // the stores as the app configures them (StreamsApp): shared memory budget, compression, compaction
    p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedStateMemory.class);
    Instant t0 = BenchFeed.start();
    List<Sample> samples = new ArrayList<>();
    try (TopologyTestDriver driver = new TopologyTestDriver(
        TopologyFactory.build(config, resources, new Meters()), p, t0)) {
      Topics topics = config.topicNames();
      TestInputTopic<String, byte[]> raw = driver.createInputTopic(topics.raw().name(), new StringSerializer(),
          new ByteArraySerializer());
      BenchFeed.Stream feed = new BenchFeed.Stream(300, 42, 10_000);
      long every = Math.max(1, n / 20);
      long started = System.nanoTime();
      Instant at = t0;
      for (int i = 0; i < n; i++) {
        at = t0.plus(spacing.multipliedBy(i));
        raw.pipeInput("b" + i, feed.next(at), at);
        if (i % 1000 == 999) {
          drain(driver);
        }
        if ((i + 1) % every == 0 || i + 1 == window || i + 1 == n) {
          Sample s = sample(i + 1 == window && (i + 1) % every != 0 ? "window" : "", driver, dir, i + 1, t0, at);
          samples.add(s);
          print(s, (System.nanoTime() - started) / 1e9);
        }
      }
      Sample all = samples.getLast();
      Sample atWindow = samples.stream().filter(s -> s.items() == window).findFirst().orElse(null);
      if (atWindow == null) {
        System.out.printf("the run is shorter than one window's worth (%,d items): no ratio%n", window);
      } else {
        System.out.printf("state after %,d items / state after one window's worth (%,d items): %.2f on disk "
            + "(%.2f SST), %.2f entries%n", all.items(), window, all.bytes() / (double) atWindow.bytes(),
            all.sst() / (double) atWindow.sst(), total(all) / (double) total(atWindow));
        // RocksDB's flushes and compactions make the directory saw up and down: compare the largest sizes too
        long firstWindow = samples.stream().filter(s -> s.items() <= window).mapToLong(Sample::bytes).max().orElse(0);
        long after = samples.stream().filter(s -> s.items() > window).mapToLong(Sample::bytes).max().orElse(0);
        System.out.printf("largest state after one window's worth / largest within it: %.2f on disk (%.1f MB / "
            + "%.1f MB)%n", after / (double) Math.max(1, firstWindow), after / 1e6, firstWindow / 1e6);
      }
      for (int d = 1; d <= quietDays; d++) {
        Instant quiet = at.plus(Duration.ofDays(d));
        raw.pipeInput("q" + d, feed.next(quiet), quiet);
        drain(driver);
        if (d % 15 == 0 || d == quietDays) {
          print(sample("quiet", driver, dir, n + d, t0, quiet), (System.nanoTime() - started) / 1e9);
        }
      }
    } finally {
      for (AutoCloseable r : resources) {
        r.close();
      }
      delete(dir);
    }
  }

  /** Reads away what the topology wrote to its sinks and changelogs: the driver keeps it otherwise. */
  private static void drain(TopologyTestDriver driver) {
    for (String topic : driver.producedTopicNames()) {
      var out = driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer());
      while (!out.isEmpty()) {
        out.readRecord();
      }
    }
  }

  @SuppressWarnings("deprecation")
  private static Sample sample(String label, TopologyTestDriver driver, Path dir, long items, Instant t0,
      Instant at) throws IOException {
    drain(driver);
    Map<String, Long> entries = new TreeMap<>();
    for (Map.Entry<String, StateStore> e : driver.getAllStateStores().entrySet()) {
      e.getValue().flush();
      long count = 0;
      if (e.getValue() instanceof ReadOnlyKeyValueStore<?, ?> kv) {
        try (KeyValueIterator<?, ?> it = kv.all()) {
          while (it.hasNext()) {
            it.next();
            count++;
          }
        }
      } else {
        count = -1;
      }
      entries.put(e.getKey(), count);
    }
    long[] bytes = sizes(dir);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return new Sample(label, items, Duration.between(t0, at).toSeconds() / 86_400.0, entries, bytes[0], bytes[1],
        rt.totalMemory() - rt.freeMemory());
  }

  private static void print(Sample s, double seconds) {
    StringBuilder b = new StringBuilder();
    s.entries().forEach((store, count) -> b.append(' ').append(store).append('=').append(count));
    System.out.printf("%-6s %,9d items %6.1f days |%s | disk %,7.1f MB (SST %,7.1f MB) | heap %,5.0f MB | %.0f s%n",
        s.label(), s.items(), s.days(), b, s.bytes() / 1e6, s.sst() / 1e6, s.heap() / 1e6, seconds);
  }

  private static long total(Sample s) {
    return s.entries().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Bytes of every file under {@code dir}, and of its SST files alone. */
  private static long[] sizes(Path dir) throws IOException {
    long[] sizes = new long[2];
    try (var files = Files.walk(dir)) {
      files.filter(Files::isRegularFile).forEach(f -> {
        long len = f.toFile().length();
        sizes[0] += len;
        if (f.getFileName().toString().endsWith(".sst")) {
          sizes[1] += len;
        }
      });
    }
    return sizes;
  }

  private static Duration max(Duration... ds) {
    Duration m = Duration.ZERO;
    for (Duration d : ds) {
      m = d.compareTo(m) > 0 ? d : m;
    }
    return m;
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }
}
