package io.wirewatch.dedup;

import io.wirewatch.model.Decision;
import io.wirewatch.model.JsonSerde;
import io.wirewatch.model.Topics;
import io.wirewatch.model.WireItem;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code wire.items -> wire.decisions}: keyed by uri, decides per item whether it is new, an update, a
 * correction, a kill, withheld, or a re-send of a version already seen. State: the newest version per
 * uri in {@value #STORE} (changelogged).
 */
public final class VersionsTopology {
  /** Newest version per uri. */
  public static final String STORE = "versions-by-uri";

  private final Topics topics;

  public VersionsTopology(Topics topics) {
    this.topics = topics;
  }

  public void addTo(StreamsBuilder builder) {
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
        new JsonSerde<>(VersionState.class)));
    builder.stream(topics.items().name(), topics.items().consumed("versions-items-source"))
        .process(VersionsProcessor::new, Named.as("versions-classify"), STORE)
        .to(topics.decisions().name(), topics.decisions().produced("versions-decisions-sink"));
  }

  private static final class VersionsProcessor implements Processor<String, WireItem, String, Decision> {
    private final VersionClassifier classifier = new VersionClassifier();
    private ProcessorContext<String, Decision> context;
    private KeyValueStore<String, VersionState> store;

    @Override
    public void init(ProcessorContext<String, Decision> context) {
      this.context = context;
      this.store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, WireItem> record) {
      WireItem item = record.value();
      if (item == null) {
        return;
      }
      VersionClassifier.Verdict verdict = classifier.classify(store.get(item.uri()), item);
      store.put(item.uri(), verdict.next());
      Decision decision = new Decision(item.uri(), item.version(), item.source(), item.agency(), item.format(),
          item.headline(), verdict.next().story(), verdict.status(), verdict.duplicateOf(), verdict.reasons(),
          item.versionCreated(), item.receivedAt());
      context.forward(record.withKey(item.uri()).withValue(decision));
    }
  }
}
