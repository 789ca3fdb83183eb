package io.wirewatch.formats;

import io.wirewatch.model.SignedItem;
import io.wirewatch.model.Topics;
import io.wirewatch.model.WireItem;
import java.util.function.Function;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * Topology 1, {@code wire.raw -> wire.items + wire.signatures | wire.dlq}: detects the format of each
 * transmission, parses it into {@link WireItem}s keyed by uri, computes the item's signatures (the
 * expensive per-item work, done here in parallel) for the deciding task, and routes anything unparseable,
 * with its original bytes and {@code error.*} headers, to the dead-letter topic. Stateless; scales with the
 * partitions of wire.raw, and keeps each partition's arrival order on wire.signatures.
 */
public final class ParseTopology {
  private final Topics topics;
  private final WireParsers parsers;
  private final Function<WireItem, SignedItem> signer;
  private final ParseMetrics metrics;

  public ParseTopology(Topics topics, WireParsers parsers, Function<WireItem, SignedItem> signer) {
    this(topics, parsers, signer, ParseMetrics.NONE);
  }

  /** As above, telling {@code metrics} how long each parse took and how it ended. */
  public ParseTopology(Topics topics, WireParsers parsers, Function<WireItem, SignedItem> signer,
      ParseMetrics metrics) {
    this.topics = topics;
    this.parsers = parsers;
    this.signer = signer;
    this.metrics = metrics;
  }

  public void addTo(StreamsBuilder builder) {
    KStream<String, ParseOutput> parsed = builder
        .stream(topics.raw().name(), topics.raw().consumed("parse-raw-source"))
        .process(() -> new ParseProcessor(parsers, metrics), Named.as("parse-normalise"));
    parsed.split(Named.as("parse-"))
        .branch((key, out) -> out instanceof ParseOutput.Item, Branched.withConsumer(this::items, "items"))
        .defaultBranch(Branched.withConsumer(rejected -> rejected
            .mapValues(out -> ((ParseOutput.Rejected) out).bytes(), Named.as("parse-rejected-bytes"))
            .to(topics.dlq().name(), topics.dlq().produced("parse-dlq-sink")), "dlq"));
  }

  private void items(KStream<String, ParseOutput> parsed) {
    KStream<String, WireItem> items =
        parsed.mapValues(out -> ((ParseOutput.Item) out).item(), Named.as("parse-item-value"));
    items.to(topics.items().name(), topics.items().produced("parse-items-sink"));
    items.mapValues(signer::apply, Named.as("parse-sign"))
        .to(topics.signatures().name(), topics.signatures().produced("parse-signatures-sink"));
  }
}
