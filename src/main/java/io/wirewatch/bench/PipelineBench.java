package io.wirewatch.bench;

import io.wirewatch.ingest.RawProducer;
import io.wirewatch.kafka.TopicAdmin;
import io.wirewatch.kafka.TopicSpec;
import io.wirewatch.kafka.TransactionalProducers;
import io.wirewatch.model.Story;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Throughput and latency of the whole pipeline on a broker, next to a pass-through Streams topology on the
 * same broker, records, partitions and guarantee: items/s (median of 3 runs, with and without generated
 * watch queries), their ratio, ingest-to-story-update latency at a fixed offered load, peak heap and RSS,
 * and the state on disk per 100k items. {@code wirewatch bench} runs it.
 */
public final class PipelineBench {
  /**
   * @param items transmissions per run
   * @param queries generated watch queries (0 = none)
   * @param partitions partitions of wire.raw and the parallel stages
   * @param offeredPerSecond the fixed load of the latency run
   * @param seed the generated stream's seed
   * @param work a folder for generated watchlists and the pass-through's state (the caller deletes it)
   * @param instances instances sharing one pipeline's partitions in a run of their own (1: none)
   * @param warmUp items of an untimed run of each topology first (0: none): the JIT compiles the code of a
   *     run's first few thousand items on the same cores, which no long-running service pays
   * @param commitIntervalMs the pipeline's commit interval, which the pass-through uses too: under exactly-once
   *     it sets how often transactions end, so the two topologies are compared at the same one
   */
  public record Options(int items, int queries, int partitions, int offeredPerSecond, long seed, Path work,
      int instances, int warmUp, int commitIntervalMs) {
    public Options(int items, int queries, int partitions, int offeredPerSecond, long seed, Path work) {
      this(items, queries, partitions, offeredPerSecond, seed, work, 1, 0, 100);
    }
  }

  private final String bootstrap;
  private final PipelineStarter starter;
  private final PipelineStarter.Progress progress;
  private final AtomicLong heapPeak = new AtomicLong();
  private final AtomicLong liveHeapPeak = new AtomicLong();

  public PipelineBench(String bootstrap, PipelineStarter starter, PipelineStarter.Progress progress) {
    this.bootstrap = bootstrap;
    this.starter = starter;
    this.progress = progress;
  }

  public BenchReport run(Options o) throws Exception {
    Thread sampler = Thread.ofPlatform().daemon().name("bench-heap-sampler").start(this::sampleHeap);
    try {
      List<byte[]> feed = BenchFeed.generate(o.items(), 300, o.seed());
      Map<String, String> base = Map.of("topics.wire.raw.partitions", String.valueOf(o.partitions()),
          "topics.partitions", String.valueOf(o.partitions()), "channels.enabled", "false");
      Map<String, String> withQueries = new HashMap<>(base);
      withQueries.put("alerts.watchlists.dir", o.queries() > 0
          ? BenchQueries.write(o.work().resolve("watchlists"), o.queries(), o.seed()).toString()
          : o.work().resolve("no-watchlists").toString());
      if (o.warmUp() > 0) {
        List<byte[]> warm = BenchFeed.generate(o.warmUp(), 300, o.seed() + 2);
        passThrough(warm, o, "warm-up: pass-through");
        try (PipelineStarter.Running p = starter.start(withQueries)) {
          pipeline(p, warm, "warm-up: pipeline");
        }
      }
      double passThrough = passThrough(feed, o, "pass-through");
      List<Double> runs = new ArrayList<>();
      long stateBytes = 0;
      long retained = 0;
      List<Map.Entry<String, Long>> written = List.of();
      for (int r = 0; r < 3; r++) {
        try (PipelineStarter.Running p = starter.start(withQueries)) {
          Map<String, Long> before = BrokerRecords.snapshot(bootstrap);
          runs.add(pipeline(p, feed, "pipeline run " + (r + 1) + "/3"));
          stateBytes = Math.max(stateBytes, sizeOf(p.stateDir()));
          if (r == 0) {
            written = BrokerRecords.written(before, BrokerRecords.snapshot(bootstrap));
            retained = retainedHeapBytes();
          }
        }
      }
      runs.sort(Double::compare);
      double withoutQueries = runs.get(1);
      if (o.queries() > 0) {
        Map<String, String> none = new HashMap<>(base);
        none.put("alerts.watchlists.dir", o.work().resolve("no-watchlists").toString());
        try (PipelineStarter.Running p = starter.start(none)) {
          withoutQueries = pipeline(p, feed, "pipeline without queries");
        }
      }
      double scaledOut = 0;
      if (o.instances() > 1) {
        try (PipelineStarter.Running p = starter.start(withQueries, o.instances())) {
          scaledOut = pipeline(p, feed, o.instances() + " instances");
        }
      }
      List<Long> latencies;
      try (PipelineStarter.Running p = starter.start(withQueries)) {
        int n = Math.min(o.items(), Math.max(50, o.offeredPerSecond() * 10));
        latencies = latency(p, BenchFeed.generate(n, 300, o.seed() + 1), o.offeredPerSecond());
      }
      latencies.sort(Long::compare);
      return new BenchReport(o.items(), o.queries(), o.offeredPerSecond(), runs.get(1), withoutQueries, passThrough,
          percentile(latencies, 0.50), percentile(latencies, 0.95), percentile(latencies, 0.99),
          heapPeak.get() / 1e6, liveHeapPeak.get() / 1e6, retained / 1e6, maxHeapBytes() / 1e6, rssPeakBytes() / 1e6,
          o.items() == 0 ? 0 : stateBytes * 100_000L / o.items(), written, o.instances(), scaledOut, o.warmUp(),
          o.commitIntervalMs());
    } finally {
      sampler.interrupt();
    }
  }

  private double passThrough(List<byte[]> feed, Options o, String phase) throws Exception {
    String suffix = Long.toHexString(System.nanoTime());
    String in = "bench.in." + suffix;
    String out = "bench.out." + suffix;
    TopicAdmin.ensureTopics(Map.of("bootstrap.servers", bootstrap), List.of(
        new TopicSpec(in, o.partitions(), (short) 1, Map.of()),
        new TopicSpec(out, o.partitions(), (short) 1, Map.of())));
    StreamsBuilder b = new StreamsBuilder();
    b.stream(in, Consumed.with(Serdes.String(), Serdes.ByteArray())).to(out, Produced.with(Serdes.String(),
        Serdes.ByteArray()));
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench-pass-through-" + suffix);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, o.commitIntervalMs());
    TransactionalProducers.settings().forEach(p::putIfAbsent);
    p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory(o.work(), "pass-through-state-").toString());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    long start;
    try (KafkaStreams s = new KafkaStreams(b.build(), p)) {
      s.start();
      while (s.state() != KafkaStreams.State.RUNNING) {
        Thread.sleep(50);
      }
      start = System.nanoTime();
      Map<String, Object> cfg = new HashMap<>(Map.of("bootstrap.servers", bootstrap, "linger.ms", 5,
          "max.request.size", 2 << 20));
      try (var producer = new KafkaProducer<>(cfg, new StringSerializer(), new ByteArraySerializer())) {
        for (int i = 0; i < feed.size(); i++) {
          producer.send(new ProducerRecord<>(in, "k" + i, feed.get(i)));
        }
      }
      count(out, feed.size(), phase, r -> { });
    }
    return feed.size() / ((System.nanoTime() - start) / 1e9);
  }

  private double pipeline(PipelineStarter.Running p, List<byte[]> feed, String phase) throws Exception {
    long start = System.nanoTime();
    Thread producer = Thread.ofVirtual().start(() -> {
      try (RawProducer raw = new RawProducer(p.producerConfig(), p.topics(), p.maxBytes(), Clock.systemUTC())) {
        for (int i = 0; i < feed.size(); i++) {
          raw.send("bench:" + i, "bench-" + i, feed.get(i), null);
        }
        raw.flush();
      }
    });
    count(p.topics().stories().name(), feed.size(), phase, r -> { });
    producer.join();
    return feed.size() / ((System.nanoTime() - start) / 1e9);
  }

  private List<Long> latency(PipelineStarter.Running p, List<byte[]> feed, int perSecond) throws Exception {
    List<Long> millis = new ArrayList<>();
    Thread producer = Thread.ofVirtual().start(() -> {
      try (RawProducer raw = new RawProducer(p.producerConfig(), p.topics(), p.maxBytes(), Clock.systemUTC())) {
        long next = System.nanoTime();
        for (int i = 0; i < feed.size(); i++) {
          raw.send("lat:" + i, "lat-" + i, feed.get(i), null);
          next += 1_000_000_000L / Math.max(1, perSecond);
          long wait = next - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    var serde = p.topics().stories().valueSerde().deserializer();
    count(p.topics().stories().name(), feed.size(), "latency at " + perSecond + " items/s", r -> {
      Story s = serde.deserialize(r.topic(), r.value());
      if (s != null && !s.items().isEmpty()) {
        Instant received = s.items().get(s.items().size() - 1).receivedAt();
        if (received != null) {
          millis.add(System.currentTimeMillis() - received.toEpochMilli());
        }
      }
    });
    producer.join();
    return millis;
  }

  /** Reads {@code expected} committed records of {@code topic} from the start, or gives up after 10 minutes. */
  private void count(String topic, int expected, String phase, Consumer<ConsumerRecord<String, byte[]>> each) {
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        bootstrap, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
        new ByteArrayDeserializer())) {
      List<TopicPartition> parts = c.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      int seen = 0;
      long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
      while (seen < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
          each.accept(r);
          seen++;
        }
        progress.update(phase, Math.min(seen, expected), expected);
      }
      if (seen < expected) {
        throw new IllegalStateException(phase + ": only " + seen + " of " + expected + " records within 10 minutes");
      }
    }
  }

  /**
   * Samples the heap in use (which grows up to the maximum before a collection, so it says more about the
   * maximum than about the pipeline) and the heap still in use after the last collection of each pool: the
   * live set, which is what the pipeline needs.
   */
  private void sampleHeap() {
    var memory = ManagementFactory.getMemoryMXBean();
    var pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
        .toList();
    while (!Thread.currentThread().isInterrupted()) {
      heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      long live = 0;
      for (var pool : pools) {
        var after = pool.getCollectionUsage();
        live += after == null ? 0 : after.getUsed();
      }
      liveHeapPeak.accumulateAndGet(live, Math::max);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * The heap in use after a full collection, taken while a pipeline runs with the state of a whole run and its
   * watch queries loaded: the live set the heap must hold, free of the garbage the other heap figures count.
   */
  private static long retainedHeapBytes() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The largest heap the JVM may use (-Xmx or its default, a quarter of the machine's memory). */
  static long maxHeapBytes() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  /** The process's peak resident set (Linux VmHWM), or 0 where unknown. */
  static long rssPeakBytes() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
      return lines.filter(l -> l.startsWith("VmHWM:")).findFirst()
          .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).orElse(0L);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  static long sizeOf(Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long percentile(List<Long> sorted, double q) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size())));
  }
}
