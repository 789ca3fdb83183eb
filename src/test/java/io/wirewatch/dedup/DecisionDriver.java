package io.wirewatch.dedup;

import io.wirewatch.model.Decision;
import io.wirewatch.model.SignedItem;
import io.wirewatch.model.Topics;
import io.wirewatch.stories.StoryClusterer;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The deciding topology on a TopologyTestDriver (standard settings unless given): signed items in, decisions out. */
final class DecisionDriver implements AutoCloseable {
  final TopologyTestDriver driver;
  final TestInputTopic<String, SignedItem> in;
  final TestOutputTopic<String, Decision> out;

  DecisionDriver(String applicationId) {
    this(applicationId, Decider.Settings.standard());
  }

  DecisionDriver(String applicationId, Decider.Settings settings) {
    this(applicationId, settings, StoryClusterer.Settings.standard());
  }

  DecisionDriver(String applicationId, Decider.Settings settings, StoryClusterer.Settings stories) {
    this(applicationId, settings, stories, c -> { });
  }

  DecisionDriver(String applicationId, Decider.Settings settings, StoryClusterer.Settings stories,
      java.util.function.Consumer<Decider.Crowded> crowded) {
    Topics topics = new Topics("");
    StreamsBuilder b = new StreamsBuilder();
    new DecisionTopology(topics, settings, stories, nanos -> { }, crowded).addTo(b);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
    driver = new TopologyTestDriver(b.build(), p);
    in = driver.createInputTopic(topics.signatures().name(), topics.signatures().keySerde().serializer(),
        topics.signatures().valueSerde().serializer());
    out = driver.createOutputTopic(topics.decisions().name(), topics.decisions().keySerde().deserializer(),
        topics.decisions().valueSerde().deserializer());
  }

  @Override
  public void close() {
    driver.close();
  }
}
