package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.DecidedItem;
import io.wirewatch.model.Decision;
import io.wirewatch.model.DecisionStatus;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.Story;
import io.wirewatch.model.Topics;
import io.wirewatch.model.WireItem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

class StoryTopologyTest {
  private final Topics topics = new Topics("");
  private TopologyTestDriver driver;
  private TestInputTopic<String, DecidedItem> in;
  private TestOutputTopic<String, Story> out;

  @BeforeEach
  void setUp() {
    StreamsBuilder b = new StreamsBuilder();
    new StoryTopology(topics, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).addTo(b);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "stories-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
    driver = new TopologyTestDriver(b.build(), p);
    in = driver.createInputTopic(topics.storyItems().name(), topics.storyItems().keySerde().serializer(),
        topics.storyItems().valueSerde().serializer());
    out = driver.createOutputTopic(topics.stories().name(), topics.stories().keySerde().deserializer(),
        topics.stories().valueSerde().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  private void send(String source, String uri, String agency, int urgency, DecisionStatus status, String headline,
      String time) {
    WireItem item = new WireItem(uri, "1", Instant.parse(time), null, agency, "en", headline, List.of("b"), null,
        null, null, null, urgency, PubStatus.USABLE, List.of(), null, List.of(), List.of(), source, "ninjs-2", null);
    Decision d = new Decision(uri, "1", source, agency, "ninjs-2", headline, "s-1", status, null, List.of(),
        Instant.parse(time), null);
    in.pipeInput("s-1", new DecidedItem(d, item), Instant.parse(time));
  }

  @Test
  void shouldMergeItemsIntoOneStoryWithAgenciesCountsAndTheMostUrgentUsableHeadline() {
    send("a", "u1", "Reuters", 3, DecisionStatus.NEW, "Armenia says 49 soldiers killed", "2022-09-13T10:00:00Z");
    send("b", "u2", "AP", 2, DecisionStatus.NEW, "URGENT: Armenia says 105 troops killed", "2022-09-14T10:00:00Z");
    send("c", "u3", "AFP", 4, DecisionStatus.NEW, "Azerbaijan says 71 killed", "2022-09-14T12:00:00Z");
    send("d", "u2", "AP", 1, DecisionStatus.KILL, "KILL", "2022-09-14T13:00:00Z");

    List<Story> versions = out.readValuesToList();
    Story story = versions.get(versions.size() - 1);
    assertThat(versions).hasSize(4);
    assertThat(story.agencies()).containsExactly("Reuters", "AP", "AFP");
    assertThat(story.items()).hasSize(4);
    assertThat(story.counts()).containsEntry("new", 3).containsEntry("kill", 1);
    assertThat(versions.get(2).headline()).isEqualTo("URGENT: Armenia says 105 troops killed");
    assertThat(story.headline()).as("a killed item never gives the headline").isEqualTo("Armenia says 49 soldiers killed");
    assertThat(story.firstSeen()).isEqualTo(Instant.parse("2022-09-13T10:00:00Z"));
    assertThat(story.lastSeen()).isEqualTo(Instant.parse("2022-09-14T13:00:00Z"));
    assertThat(driver.<String, Story>getKeyValueStore(StoryTopology.STORE).get("s-1")).isEqualTo(story);
  }
}
