package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.wirewatch.ingest.FileSource;
import io.wirewatch.kafka.EmbeddedKafka;
import io.wirewatch.model.SignedItem;
import io.wirewatch.model.SignedItemSerde;
import io.wirewatch.model.Topics;
import io.wirewatch.testing.TestConfigs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topic contracts of docs/asyncapi.yaml hold for what the pipeline really writes: the dev corpus (or,
 * without ../shared, the bundled sample feed) is replayed through a real broker, then every record on
 * every topic is read back and its value (JSON topics) and headers are validated against the JSON Schemas
 * in src/main/resources/schemas/; the internal, binary wire.signatures is read back with its serde. A field renamed, removed or retyped in a model record fails here
 * before it breaks a consumer.
 */
@Tag("integration")
@Timeout(600)
class TopicContractsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  /** Topics whose values are JSON documents, by topic name without prefix. */
  private static final List<String> JSON_TOPICS = List.of(Topics.ITEMS, Topics.DECISIONS,
      Topics.STORY_ITEMS, Topics.STORIES, Topics.ALERTS, Topics.ALERTS_DELIVERED, Topics.ALERTS_UNDELIVERED);
  private static final List<String> ALL = List.of(Topics.RAW, Topics.ITEMS, Topics.SIGNATURES, Topics.DECISIONS,
      Topics.STORY_ITEMS, Topics.STORIES, Topics.ALERTS, Topics.DLQ, Topics.ALERTS_DELIVERED,
      Topics.ALERTS_UNDELIVERED);
  /** Topics the replay must have written to, so the check cannot pass on empty topics. */
  private static final List<String> MUST_HAVE_RECORDS = List.of(Topics.RAW, Topics.ITEMS, Topics.SIGNATURES,
      Topics.DECISIONS, Topics.STORY_ITEMS, Topics.STORIES, Topics.ALERTS, Topics.DLQ);

  @Test
  void shouldWriteOnlyRecordsThatValidateAgainstTheirTopicsSchemas(@TempDir Path dir) throws Exception {
    List<Path> files = corpus(dir);
    Map<String, List<ConsumerRecord<String, byte[]>>> written;
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      AppConfig cfg = TestConfigs.isolated(kafka.bootstrapServers(), Map.of());
      try (StreamsApp app = StreamsApp.start(cfg, Duration.ofSeconds(60))) {
        Replay.Result result = Replay.run(cfg, files, Duration.ofSeconds(60));
        assertThat(result.missing()).isEmpty();
      }
      written = readAll(cfg);
    }

    Map<String, List<String>> violations = new TreeMap<>();
    for (String topic : ALL) {
      List<ConsumerRecord<String, byte[]>> records = written.getOrDefault(topic, List.of());
      JsonSchema values = JSON_TOPICS.contains(topic) ? schema(topic + ".value.json") : null;
      JsonSchema headers = schema(topic + ".headers.json");
      for (ConsumerRecord<String, byte[]> r : records) {
        List<String> problems = new ArrayList<>();
        if (values != null) {
          messages(values, JSON.readTree(r.value())).forEach(problems::add);
        } else if (topic.equals(Topics.SIGNATURES)) {
          // internal and binary: every record reads back as a signed item, with its item and fingerprint
          SignedItem signed = new SignedItemSerde().deserializer().deserialize(topic, r.value());
          if (signed.item() == null || !r.key().equals(signed.item().uri()) || signed.content() == null) {
            problems.add("a signed item without its item, keyed by another uri, or without its fingerprint");
          }
        }
        messages(headers, headersOf(r)).forEach(problems::add);
        if (!problems.isEmpty()) {
          violations.computeIfAbsent(topic, k -> new ArrayList<>()).add(r.key() + ": " + problems);
        }
      }
    }

    assertThat(MUST_HAVE_RECORDS).allSatisfy(t -> assertThat(written.get(t)).as(t).isNotEmpty());
    assertThat(violations).isEmpty();
  }

  /**
   * The dev corpus when ../shared is there, else the bundled sample feed (written by us); plus one broken
   * file of our own, so wire.dlq is written too.
   */
  private static List<Path> corpus(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    if (TestConfigs.sharedPresent("corpus/dev/items")) {
      files.addAll(FileSource.expand(List.of(TestConfigs.shared().resolve("corpus/dev/items"))));
    } else {
      for (SampleFeed.Entry e : SampleFeed.load()) {
        files.add(Files.write(dir.resolve(e.name()), e.bytes()));
      }
    }
    files.add(Files.writeString(dir.resolve("zz-broken.json"), "{\"uri\": \"cut off"));
    return files;
  }

  private static Map<String, List<ConsumerRecord<String, byte[]>>> readAll(AppConfig cfg) {
    Map<String, Object> props = new HashMap<>(cfg.clientConfig("consumer"));
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    String prefix = cfg.topics().prefix();
    Map<String, List<ConsumerRecord<String, byte[]>>> out = new HashMap<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : ALL) {
        consumer.partitionsFor(prefix + topic, Duration.ofSeconds(10))
            .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          out.computeIfAbsent(r.topic().substring(prefix.length()), k -> new ArrayList<>()).add(r);
        }
      }
    }
    return out;
  }

  private static ObjectNode headersOf(ConsumerRecord<String, byte[]> r) {
    ObjectNode h = JSON.createObjectNode();
    for (Header header : r.headers()) {
      h.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
    }
    return h;
  }

  private static List<String> messages(JsonSchema schema, JsonNode value) {
    Set<ValidationMessage> result = schema.validate(value);
    return result.stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  private static JsonSchema schema(String name) {
    try (InputStream in = TopicContractsIT.class.getResourceAsStream("/schemas/" + name)) {
      assertThat(in).as("schema " + name).isNotNull();
      return FACTORY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
