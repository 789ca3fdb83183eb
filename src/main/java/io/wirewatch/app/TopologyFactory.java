package io.wirewatch.app;

import io.wirewatch.dedup.DecisionTopology;
import io.wirewatch.dedup.Signer;
import io.wirewatch.formats.ParseTopology;
import io.wirewatch.formats.WireParsers;
import io.wirewatch.model.Topics;
import java.time.Clock;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/** Assembles every sub-topology on one builder: parse, decide, stories. */
public final class TopologyFactory {
  private TopologyFactory() {}

  public static Topology build(AppConfig config) {
    Topics topics = config.topicNames();
    StreamsBuilder builder = new StreamsBuilder();
    new ParseTopology(topics, new WireParsers(config.ingest().maxBytes()), Signer.standard()).addTo(builder);
    new DecisionTopology(topics, config.decide().settings(), config.decide().stories()).addTo(builder);
    new io.wirewatch.stories.StoryTopology(topics, Clock.systemUTC()).addTo(builder);
    return builder.build();
  }
}
