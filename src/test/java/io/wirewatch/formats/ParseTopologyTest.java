package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.dedup.Signer;
import io.wirewatch.model.SignedItem;
import io.wirewatch.model.Topics;
import io.wirewatch.model.Topics.Headers;
import io.wirewatch.model.WireItem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParseTopologyTest {
  private static final String NINJS = """
      {"uri":"urn:test:1","standard":{"name":"ninjs","version":"2.0"},"type":"text","version":"1",
       "versioncreated":"2022-09-13T10:00:00Z","pubstatus":"usable","language":"en","copyrightholder":"dpa",
       "headlines":[{"role":"main","value":"Quake shakes coastal town"}],
       "bodies":[{"role":"main","contenttype":"text/plain","value":"A strong earthquake shook the town.\\n\\nNo damage was reported."}]}
      """;

  private final Topics topics = new Topics("");
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> raw;
  private TestOutputTopic<String, WireItem> items;
  private TestOutputTopic<String, byte[]> dlq;
  private TestOutputTopic<String, SignedItem> signatures;

  @BeforeEach
  void setUp() {
    StreamsBuilder b = new StreamsBuilder();
    new ParseTopology(topics, new WireParsers(WireParsers.DEFAULT_MAX_BYTES), Signer.standard()).addTo(b);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "parse-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
    driver = new TopologyTestDriver(b.build(), p);
    raw = driver.createInputTopic(topics.raw().name(), topics.raw().keySerde().serializer(),
        topics.raw().valueSerde().serializer());
    items = driver.createOutputTopic(topics.items().name(), topics.items().keySerde().deserializer(),
        topics.items().valueSerde().deserializer());
    signatures = driver.createOutputTopic(topics.signatures().name(), topics.signatures().keySerde().deserializer(),
        topics.signatures().valueSerde().deserializer());
    dlq = driver.createOutputTopic(topics.dlq().name(), topics.dlq().keySerde().deserializer(),
        topics.dlq().valueSerde().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  private void send(String key, String source, byte[] bytes) {
    RecordHeaders h = new RecordHeaders();
    h.add(Headers.SOURCE, source.getBytes(StandardCharsets.UTF_8));
    h.add(Headers.RECEIVED_AT, "2022-09-13T10:00:05Z".getBytes(StandardCharsets.UTF_8));
    raw.pipeInput(new TestRecord<>(key, bytes, h, Instant.parse("2022-09-13T10:00:05Z")));
  }

  @Test
  void shouldForwardEveryTextItemOfANewsMessageAsItsOwnRecordWithTheFileAsSource() {
    send("file:message.xml", "message.xml", Fixtures.bytes("agency-quirks/g2-news-message.xml"));

    java.util.List<TestRecord<String, WireItem>> out = items.readRecordsToList();
    assertThat(out).extracting(TestRecord::key)
        .containsExactly("urn:newsml:example.org:20240302:harbour-1", "urn:newsml:example.org:20240302:tram-1");
    assertThat(out).allSatisfy(r -> assertThat(r.value().source()).isEqualTo("message.xml"));
    assertThat(signatures.readRecordsToList()).hasSize(2);
    assertThat(dlq.isEmpty()).isTrue();
  }

  @Test
  void shouldParseAnItemKeyItByUriAndRecordItsProvenance() {
    send("file:quake.json", "quake.json", NINJS.getBytes(StandardCharsets.UTF_8));

    TestRecord<String, WireItem> out = items.readRecord();
    assertThat(out.key()).isEqualTo("urn:test:1");
    assertThat(out.value().headline()).isEqualTo("Quake shakes coastal town");
    assertThat(out.value().body()).hasSize(2);
    assertThat(out.value().source()).isEqualTo("quake.json");
    assertThat(out.value().receivedAt()).isEqualTo(Instant.parse("2022-09-13T10:00:05Z"));
    assertThat(dlq.isEmpty()).isTrue();
    SignedItem signed = signatures.readValue();
    assertThat(signed.item().uri()).isEqualTo("urn:test:1");
    assertThat(signed.content().minHash()).hasSize(128);
    assertThat(signed.terms()).containsKey("w:earthquak");
  }

  @Test
  void shouldSendUnparseableBytesToTheDeadLetterTopicWithTheReasonAndKeepGoing() {
    byte[] truncated = NINJS.substring(0, 120).getBytes(StandardCharsets.UTF_8);
    byte[] xxe = """
        <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><newsItem>&e;</newsItem>
        """.getBytes(StandardCharsets.UTF_8);

    send("file:a.json", "a.json", truncated);
    send("file:b.xml", "b.xml", xxe);
    send("file:c.json", "c.json", new byte[0]);
    send("file:quake.json", "quake.json", NINJS.getBytes(StandardCharsets.UTF_8));

    var rejected = dlq.readRecordsToList();
    assertThat(rejected).hasSize(3);
    assertThat(rejected.get(0).value()).isEqualTo(truncated);
    assertThat(header(rejected.get(0), Headers.ERROR_REASON)).isEqualTo("malformed_json");
    assertThat(header(rejected.get(0), Headers.ERROR_STAGE)).isEqualTo("parse");
    assertThat(header(rejected.get(0), Headers.ERROR_CLASS)).isNotBlank();
    assertThat(header(rejected.get(0), Headers.SOURCE)).isEqualTo("a.json");
    assertThat(header(rejected.get(1), Headers.ERROR_REASON)).isEqualTo("dtd_forbidden");
    assertThat(header(rejected.get(2), Headers.ERROR_REASON)).isEqualTo("empty");
    assertThat(items.readValuesToList()).extracting(WireItem::uri).containsExactly("urn:test:1");
  }

  @Test
  void shouldNameItsProcessors() {
    StreamsBuilder b = new StreamsBuilder();
    new ParseTopology(topics, new WireParsers(WireParsers.DEFAULT_MAX_BYTES), Signer.standard()).addTo(b);

    assertThat(b.build().describe().toString()).contains("parse-raw-source", "parse-normalise",
        "parse-items-sink", "parse-sign", "parse-signatures-sink", "parse-dlq-sink");
  }

  private static String header(TestRecord<String, byte[]> r, String name) {
    var h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
