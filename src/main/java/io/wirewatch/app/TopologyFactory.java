package io.wirewatch.app;

import io.wirewatch.dedup.VersionsTopology;
import io.wirewatch.formats.ParseTopology;
import io.wirewatch.formats.WireParsers;
import io.wirewatch.model.Topics;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/** Assembles every sub-topology on one builder: parse, then versions. */
public final class TopologyFactory {
  private TopologyFactory() {}

  public static Topology build(AppConfig config) {
    Topics topics = config.topicNames();
    StreamsBuilder builder = new StreamsBuilder();
    new ParseTopology(topics, new WireParsers(config.ingest().maxBytes())).addTo(builder);
    new VersionsTopology(topics).addTo(builder);
    return builder.build();
  }
}
