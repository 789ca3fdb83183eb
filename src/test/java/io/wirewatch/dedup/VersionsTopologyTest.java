package io.wirewatch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Decision;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.Topics;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VersionsTopologyTest {
  private final Topics topics = new Topics("");
  private TopologyTestDriver driver;
  private TestInputTopic<String, WireItem> items;
  private TestOutputTopic<String, Decision> decisions;

  @BeforeEach
  void setUp() {
    StreamsBuilder b = new StreamsBuilder();
    new VersionsTopology(topics).addTo(b);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "versions-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
    driver = new TopologyTestDriver(b.build(), p);
    items = driver.createInputTopic(topics.items().name(), topics.items().keySerde().serializer(),
        topics.items().valueSerde().serializer());
    decisions = driver.createOutputTopic(topics.decisions().name(), topics.decisions().keySerde().deserializer(),
        topics.decisions().valueSerde().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  private void send(String uri, String version, String time, PubStatus status, String source) {
    WireItem item = new WireItem(uri, version, Instant.parse(time), null, "AP", "en", "H", List.of("B"), null,
        null, null, null, 3, status, List.of(), null, List.of(), List.of(), source, "ninjs-2", null);
    items.pipeInput(uri, item, Instant.parse(time));
  }

  @Test
  void shouldDecideEachVersionAndRememberTheNewestPerUri() {
    send("u1", "1", "2022-09-13T10:00:00Z", PubStatus.USABLE, "a");
    send("u1", "2", "2022-09-13T11:00:00Z", PubStatus.USABLE, "b");
    send("u1", "3", "2022-09-13T12:00:00Z", PubStatus.CANCELED, "c");

    assertThat(decisions.readValuesToList()).extracting(Decision::status)
        .containsExactly(DecisionStatus.NEW, DecisionStatus.UPDATE, DecisionStatus.KILL);
    VersionState state = driver.<String, VersionState>getKeyValueStore(VersionsTopology.STORE).get("u1");
    assertThat(state.version()).isEqualTo("3");
    assertThat(state.firstSource()).isEqualTo("a");
  }

  @Test
  void shouldNotLetALateOlderVersionReplaceTheNewest() {
    send("u1", "2", "2022-09-13T11:00:00Z", PubStatus.USABLE, "b");
    send("u1", "1", "2022-09-13T10:00:00Z", PubStatus.USABLE, "a");

    decisions.readValuesToList();
    VersionState state = driver.<String, VersionState>getKeyValueStore(VersionsTopology.STORE).get("u1");
    assertThat(state.version()).isEqualTo("2");
  }

  @Test
  void shouldNameItsProcessorsAndStore() {
    StreamsBuilder b = new StreamsBuilder();
    new VersionsTopology(topics).addTo(b);
    String described = b.build().describe().toString();

    assertThat(described).contains("versions-items-source", "versions-classify", "versions-decisions-sink",
        VersionsTopology.STORE);
  }
}
