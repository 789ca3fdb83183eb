package io.wirewatch.formats;

import io.wirewatch.model.Topics;
import io.wirewatch.model.WireItem;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * Topology 1, {@code wire.raw -> wire.items | wire.dlq}: detects the format of each transmission, parses it
 * into {@link WireItem}s keyed by uri, and routes anything unparseable, with its original bytes and
 * {@code error.*} headers, to the dead-letter topic. Stateless; scales with the partitions of wire.raw.
 */
public final class ParseTopology {
  private final Topics topics;
  private final WireParsers parsers;

  public ParseTopology(Topics topics, WireParsers parsers) {
    this.topics = topics;
    this.parsers = parsers;
  }

  public void addTo(StreamsBuilder builder) {
    KStream<String, ParseOutput> parsed = builder
        .stream(topics.raw().name(), topics.raw().consumed("parse-raw-source"))
        .process(() -> new ParseProcessor(parsers), Named.as("parse-normalise"));
    parsed.split(Named.as("parse-"))
        .branch((key, out) -> out instanceof ParseOutput.Item, Branched.withConsumer(items -> items
            .mapValues(out -> ((ParseOutput.Item) out).item(), Named.as("parse-item-value"))
            .to(topics.items().name(), topics.items().produced("parse-items-sink")), "items"))
        .defaultBranch(Branched.withConsumer(rejected -> rejected
            .mapValues(out -> ((ParseOutput.Rejected) out).bytes(), Named.as("parse-rejected-bytes"))
            .to(topics.dlq().name(), topics.dlq().produced("parse-dlq-sink")), "dlq"));
  }

  /** What the parse processor hands on: an item for wire.items or the original bytes for wire.dlq. */
  sealed interface ParseOutput {
    record Item(WireItem item) implements ParseOutput {}

    record Rejected(byte[] bytes) implements ParseOutput {}
  }
}
