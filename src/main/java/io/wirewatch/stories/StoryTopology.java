package io.wirewatch.stories;

import io.wirewatch.model.DecidedItem;
import io.wirewatch.model.Story;
import io.wirewatch.model.Topics;
import java.time.Clock;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code wire.story-items -> wire.stories}: keyed by story id (so it scales with partitions), merges each
 * decided item into its story in {@value #STORE} and publishes the merged story to the compacted topic.
 * The store is what the HTTP API queries (interactive queries, across instances).
 */
public final class StoryTopology {
  /** story id -> merged {@link Story}. */
  public static final String STORE = "stories-by-id";

  private final Topics topics;
  private final Clock clock;

  public StoryTopology(Topics topics, Clock clock) {
    this.topics = topics;
    this.clock = clock;
  }

  public void addTo(StreamsBuilder builder) {
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
        topics.stories().valueSerde()));
    builder.stream(topics.storyItems().name(), topics.storyItems().consumed("stories-items-source"))
        .process(() -> new MergeProcessor(clock), Named.as("stories-merge"), STORE)
        .to(topics.stories().name(), topics.stories().produced("stories-sink"));
  }

  private static final class MergeProcessor implements Processor<String, DecidedItem, String, Story> {
    private final StoryMerger merger = new StoryMerger();
    private final Clock clock;
    private ProcessorContext<String, Story> context;
    private KeyValueStore<String, Story> store;

    MergeProcessor(Clock clock) {
      this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Story> context) {
      this.context = context;
      this.store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, DecidedItem> record) {
      if (record.value() == null || record.value().decision() == null) {
        return;
      }
      String id = record.value().decision().story();
      Story merged = merger.merge(store.get(id), record.value(), clock.instant());
      store.put(id, merged);
      context.forward(record.withKey(id).withValue(merged));
    }
  }
}
