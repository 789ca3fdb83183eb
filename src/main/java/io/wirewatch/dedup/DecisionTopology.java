package io.wirewatch.dedup;

import io.wirewatch.model.DecidedItem;
import io.wirewatch.model.JsonSerde;
import io.wirewatch.stories.ClosedStories;
import io.wirewatch.model.Topics;
import io.wirewatch.stories.StoryClusterer;
import io.wirewatch.stories.StoryProfileSerde;
import java.util.function.LongConsumer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code wire.signatures -> wire.decisions + wire.story-items}: the one task that sees every item in
 * arrival order and decides its version status, whether it is a duplicate, and which story it joins
 * ({@link Decider}). Its state lives in four changelogged stores, restored into memory when the task
 * starts: newest version per uri ({@value #VERSIONS}), remembered texts within the dedup window
 * ({@value #TEXTS}), open story profiles ({@value #STORIES}) and the stream's term frequencies
 * ({@value #TERMS}).
 */
public final class DecisionTopology {
  /** uri -> newest version ({@link VersionState}). */
  public static final String VERSIONS = "decide-versions";
  /** text entry id -> remembered text ({@link DuplicateIndex.Entry}), within the dedup window. */
  public static final String TEXTS = "decide-texts";
  /** story id -> open story profile ({@link io.wirewatch.stories.StoryProfile}), within the story window. */
  public static final String STORIES = "decide-story-profiles";
  /** story id -> the anchors of a closed story, remembered for a while so that a follow-up can reopen it. */
  public static final String CLOSED = "decide-closed-stories";
  /**
   * The number of items containing each term, as a log of each item's terms and a snapshot now and then
   * ({@link TermCountLog}); also the item count and the event-time clock.
   */
  public static final String TERMS = "decide-term-frequencies";

  private final Topics topics;
  private final Decider.Settings settings;
  private final StoryClusterer.Settings storySettings;

  private final LongConsumer decideNanos;
  private final java.util.function.Consumer<Decider.Crowded> crowded;

  public DecisionTopology(Topics topics, Decider.Settings settings, StoryClusterer.Settings storySettings) {
    this(topics, settings, storySettings, nanos -> { }, c -> { });
  }

  /**
   * As above; {@code decideNanos} is told how long each decision took, and {@code crowded} how many texts and
   * stories a decision let go because of the count limits (for metrics: when it counts, the windows are
   * shorter than their hours).
   */
  public DecisionTopology(Topics topics, Decider.Settings settings, StoryClusterer.Settings storySettings,
      LongConsumer decideNanos, java.util.function.Consumer<Decider.Crowded> crowded) {
    this.topics = topics;
    this.settings = settings;
    this.storySettings = storySettings;
    this.decideNanos = decideNanos;
    this.crowded = crowded;
  }

  public void addTo(StreamsBuilder builder) {
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VERSIONS), Serdes.String(),
        new JsonSerde<>(VersionState.class)).withCachingEnabled());
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TEXTS), Serdes.String(),
        new RememberedTextSerde()).withCachingEnabled());
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORIES), Serdes.String(),
        new StoryProfileSerde()).withCachingEnabled());
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TERMS), Serdes.String(),
        Serdes.ByteArray()).withCachingEnabled());
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CLOSED), Serdes.String(),
        new JsonSerde<>(ClosedStories.Closed.class)).withCachingEnabled());
    KStream<String, DecidedItem> decided = builder
        .stream(topics.signatures().name(), topics.signatures().consumed("decide-signatures-source"))
        .process(() -> new DecisionProcessor(settings, storySettings, decideNanos, crowded), Named.as("decide"),
            VERSIONS, TEXTS, STORIES, TERMS, CLOSED);
    decided.mapValues(DecidedItem::decision, Named.as("decide-decision-value"))
        .to(topics.decisions().name(), topics.decisions().produced("decide-decisions-sink"));
    decided.selectKey((uri, d) -> d.decision().story(), Named.as("decide-key-by-story"))
        .to(topics.storyItems().name(), topics.storyItems().produced("decide-story-items-sink"));
  }
}
