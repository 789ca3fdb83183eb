package io.wirewatch.bench;

import io.wirewatch.app.AppConfig;
import io.wirewatch.app.StreamsApp;
import io.wirewatch.ingest.RawProducer;
import io.wirewatch.kafka.EmbeddedKafka;
import io.wirewatch.kafka.TopicAdmin;
import io.wirewatch.kafka.TopicSpec;
import io.wirewatch.model.Story;
import io.wirewatch.testing.TestConfigs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Throughput and latency of the whole pipeline on the embedded broker, next to a pass-through Streams
 * topology on the same broker, partitions and guarantee (design.md section 7). Prints its figures.
 *
 * <p>Run: {@code ./mvnw -B -q test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt)
 * io.wirewatch.bench.PipelineBench [items] [partitions]} (cp.txt from {@code dependency:build-classpath}).
 */
public final class PipelineBench {
  public static void main(String[] args) throws Exception {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    List<byte[]> feed = generate(items, new Random(42));
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      double passThrough = passThrough(kafka.bootstrapServers(), feed, partitions);
      System.out.printf("pass-through Streams (exactly_once_v2, %d partitions): %.0f items/s%n", partitions,
          passThrough);
      AppConfig cfg = TestConfigs.isolated(kafka.bootstrapServers(), Map.of("topics.wire.raw.partitions",
          String.valueOf(partitions), "topics.partitions", String.valueOf(partitions),
          "alerts.watchlists.dir", "no-watchlists"));
      try (StreamsApp app = StreamsApp.start(cfg, Duration.ofSeconds(60))) {
        double pipeline = pipeline(cfg, feed);
        System.out.printf("full pipeline (parse, decide, stories, figures, rules): %.0f items/s = %.2f of "
            + "pass-through%n", pipeline, pipeline / passThrough);
      }
      AppConfig paced = TestConfigs.isolated(kafka.bootstrapServers(), Map.of("alerts.watchlists.dir", "none"));
      try (StreamsApp app = StreamsApp.start(paced, Duration.ofSeconds(60))) {
        latency(paced, generate(2_000, new Random(7)), 200);
      }
    }
  }

  /** Items of events of 20 items each, from four agencies; each event has its own invented places and names. */
  static List<byte[]> generate(int n, Random rnd) {
    String[] agencies = {"Reuters", "AP", "AFP", "dpa"};
    String[] kinds = {"earthquake", "flood", "train derailment", "mine blast", "prison riot", "border clash"};
    List<byte[]> out = new ArrayList<>(n);
    Instant t0 = Instant.parse("2022-09-13T00:00:00Z");
    String place = "";
    String town = "";
    String official = "";
    String kind = "";
    for (int i = 0; i < n; i++) {
      if (i % 20 == 0) {
        place = word(rnd);
        town = word(rnd);
        official = word(rnd) + " " + word(rnd);
        kind = kinds[rnd.nextInt(kinds.length)];
      }
      String agency = agencies[rnd.nextInt(agencies.length)];
      int killed = 3 + rnd.nextInt(40);
      StringBuilder body = new StringBuilder();
      body.append("<p>").append(place.toUpperCase()).append(" (").append(agency).append(") - A ").append(kind)
          .append(" near ").append(town).append(" in ").append(place).append(" province killed ").append(killed)
          .append(" people on Tuesday, governor ").append(official).append(" said.</p>");
      for (int p = 0; p < 5; p++) {
        body.append("<p>Rescue teams from ").append(place).append(" and ").append(word(rnd)).append(" searched ")
            .append(word(rnd)).append(" district as roads to ").append(town).append(" remained blocked, ")
            .append(official).append(" told reporters, adding that ").append(10 + rnd.nextInt(90))
            .append(" people were injured and taken to hospitals in ").append(word(rnd)).append(".</p>");
      }
      String json = "{\"uri\":\"urn:bench:" + i + "\",\"type\":\"text\",\"version\":\"1\",\"versioncreated\":\""
          + t0.plusSeconds(i * 5L) + "\",\"pubstatus\":\"usable\",\"language\":\"en\",\"copyrightholder\":\"" + agency
          + "\",\"headlines\":[{\"role\":\"main\",\"value\":\"" + capital(kind) + " in " + place + " kills " + killed
          + "\"}],\"bodies\":[{\"role\":\"main\",\"contenttype\":\"text/html\",\"value\":\"" + body + "\"}]}";
      out.add(json.getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  private static String word(Random rnd) {
    String[] syl = {"ka", "lo", "mer", "dun", "ta", "vi", "sor", "ban", "el", "ru", "gat", "pen", "o", "zi", "mal"};
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      w.append(syl[rnd.nextInt(syl.length)]);
    }
    return capital(w.toString());
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static double passThrough(String bootstrap, List<byte[]> feed, int partitions) throws Exception {
    String in = "bench.in";
    String out = "bench.out";
    TopicAdmin.ensureTopics(Map.of("bootstrap.servers", bootstrap), List.of(
        new TopicSpec(in, partitions, (short) 1, Map.of()), new TopicSpec(out, partitions, (short) 1, Map.of())));
    StreamsBuilder b = new StreamsBuilder();
    b.stream(in, Consumed.with(Serdes.String(), Serdes.ByteArray())).to(out, Produced.with(Serdes.String(),
        Serdes.ByteArray()));
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench-pass-through");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    p.put(StreamsConfig.STATE_DIR_CONFIG, StreamsApp.temporaryStateDir());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    long start;
    try (KafkaStreams s = new KafkaStreams(b.build(), p)) {
      s.start();
      while (s.state() != KafkaStreams.State.RUNNING) {
        Thread.sleep(50);
      }
      start = System.nanoTime();
      produce(bootstrap, in, feed);
      count(bootstrap, out, feed.size(), r -> { });
    }
    return feed.size() / ((System.nanoTime() - start) / 1e9);
  }

  static double pipeline(AppConfig cfg, List<byte[]> feed) throws Exception {
    long start = System.nanoTime();
    Thread producer = Thread.ofVirtual().start(() -> {
      try (RawProducer p = new RawProducer(cfg.clientConfig("producer"), cfg.topicNames(), cfg.ingest().maxBytes(),
          Clock.systemUTC())) {
        for (int i = 0; i < feed.size(); i++) {
          p.send("bench:" + i, "bench-" + i, feed.get(i), null);
        }
        p.flush();
      }
    });
    count(cfg.bootstrapServers(), cfg.topicNames().stories().name(), feed.size(), r -> { });
    producer.join();
    return feed.size() / ((System.nanoTime() - start) / 1e9);
  }

  static void latency(AppConfig cfg, List<byte[]> feed, int perSecond) throws Exception {
    List<Long> millis = new ArrayList<>();
    Thread producer = Thread.ofVirtual().start(() -> {
      try (RawProducer p = new RawProducer(cfg.clientConfig("producer"), cfg.topicNames(), cfg.ingest().maxBytes(),
          Clock.systemUTC())) {
        long next = System.nanoTime();
        for (int i = 0; i < feed.size(); i++) {
          p.send("lat:" + i, "lat-" + i, feed.get(i), null);
          next += 1_000_000_000L / perSecond;
          long wait = next - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    var serde = cfg.topicNames().stories().valueSerde().deserializer();
    count(cfg.bootstrapServers(), cfg.topicNames().stories().name(), feed.size(), r -> {
      Story s = serde.deserialize(r.topic(), r.value());
      Instant received = s.items().get(s.items().size() - 1).receivedAt();
      millis.add(System.currentTimeMillis() - received.toEpochMilli());
    });
    producer.join();
    millis.sort(Long::compare);
    System.out.printf("ingest-to-story latency at %d items/s over %d items: p50 %d ms, p99 %d ms, max %d ms%n",
        perSecond, millis.size(), millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.99)),
        millis.get(millis.size() - 1));
  }

  private static void produce(String bootstrap, String topic, List<byte[]> feed) {
    Map<String, Object> cfg = new HashMap<>(Map.of("bootstrap.servers", bootstrap, "linger.ms", 5));
    try (var p = new org.apache.kafka.clients.producer.KafkaProducer<String, byte[]>(cfg,
        new org.apache.kafka.common.serialization.StringSerializer(),
        new org.apache.kafka.common.serialization.ByteArraySerializer())) {
      for (int i = 0; i < feed.size(); i++) {
        p.send(new org.apache.kafka.clients.producer.ProducerRecord<>(topic, "k" + i, feed.get(i)));
      }
    }
  }

  private static void count(String bootstrap, String topic, int expected,
      java.util.function.Consumer<ConsumerRecord<String, byte[]>> each) {
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
      }
    }
  }
}
