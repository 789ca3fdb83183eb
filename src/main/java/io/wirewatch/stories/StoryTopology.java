package io.wirewatch.stories;

import io.wirewatch.model.Alert;
import io.wirewatch.model.DecidedItem;
import io.wirewatch.model.JsonSerde;
import io.wirewatch.model.Story;
import io.wirewatch.model.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The story stage, {@code wire.story-items -> wire.stories + wire.alerts}: keyed by story id (it scales with
 * partitions), merges each decided item into its story ({@value #STORIES}, what the HTTP API queries), runs
 * the figure ledger and the alert rules on the story's state ({@value #STATE}) through {@link StoryStage},
 * and publishes the merged story and any alerts. Story and alerts of one item commit together.
 */
public final class StoryTopology {
  /** How long a story is kept after its last item by default (event time): beyond a story window and grace. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);
  private static final Duration SWEEP_EVERY = Duration.ofDays(1);
  /** Stories per task whose record and state stay parsed in memory: the busiest, a few MB of typical copy. */
  private static final int RECENT_STORIES = 250;
  /** story id -> merged {@link Story}. */
  public static final String STORIES = "stories-by-id";
  /** story id -> {@link StoryState}: figure ledger, rule state, recent versions. */
  public static final String STATE = "stories-alert-state";

  private final Topics topics;
  private final Supplier<StoryStage> stage;
  private final Clock clock;

  private final LongConsumer stageNanos;
  private final Duration retention;

  public StoryTopology(Topics topics, Supplier<StoryStage> stage, Clock clock) {
    this(topics, stage, clock, nanos -> { });
  }

  /** As above; {@code stageNanos} is told how long each item's merge, extraction and rules took. */
  public StoryTopology(Topics topics, Supplier<StoryStage> stage, Clock clock, LongConsumer stageNanos) {
    this(topics, stage, clock, stageNanos, DEFAULT_RETENTION);
  }

  /**
   * As above; a story no item has joined for {@code retention} of event time is forgotten: its record and
   * rule state are deleted and {@code wire.stories} gets a tombstone for it.
   */
  public StoryTopology(Topics topics, Supplier<StoryStage> stage, Clock clock, LongConsumer stageNanos,
      Duration retention) {
    this.topics = topics;
    this.stage = stage;
    this.clock = clock;
    this.stageNanos = stageNanos;
    this.retention = retention;
  }

  public void addTo(StreamsBuilder builder) {
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORIES), Serdes.String(),
        topics.stories().valueSerde()).withCachingEnabled());
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STATE), Serdes.String(),
        new JsonSerde<>(StoryState.class)).withCachingEnabled());
    KStream<String, Output> out = builder
        .stream(topics.storyItems().name(), topics.storyItems().consumed("stories-items-source"))
        .process(() -> new StageProcessor(stage.get(), clock, stageNanos, retention), Named.as("stories-merge-and-alert"), STORIES, STATE);
    out.split(Named.as("stories-"))
        .branch((k, v) -> v instanceof Output.StoryOut, Branched.withConsumer(s -> s
            .mapValues(v -> ((Output.StoryOut) v).story(), Named.as("stories-story-value"))
            .to(topics.stories().name(), topics.stories().produced("stories-sink")), "story"))
        .defaultBranch(Branched.withConsumer(s -> s
            .mapValues(v -> ((Output.AlertOut) v).alert(), Named.as("stories-alert-value"))
            .to(topics.alerts().name(), topics.alerts().produced("alerts-sink")), "alert"));
  }

  sealed interface Output {
    record StoryOut(Story story) implements Output {}

    record AlertOut(Alert alert) implements Output {}
  }

  private static final class StageProcessor implements Processor<String, DecidedItem, String, Output> {
    private static final Logger LOG = LoggerFactory.getLogger(StageProcessor.class);
    private final StoryStage stage;
    private final Clock clock;
    private final LongConsumer stageNanos;
    private ProcessorContext<String, Output> context;
    private RecentValues<Story> stories;
    private RecentValues<StoryState> states;
    private final Duration retention;
    private Instant eventClock;
    private Instant lastSweep;

    StageProcessor(StoryStage stage, Clock clock, LongConsumer stageNanos, Duration retention) {
      this.stage = stage;
      this.clock = clock;
      this.stageNanos = stageNanos;
      this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, Output> context) {
      this.context = context;
      this.stories = new RecentValues<>(context.getStateStore(STORIES), RECENT_STORIES);
      this.states = new RecentValues<>(context.getStateStore(STATE), RECENT_STORIES);
    }

    @Override
    public void process(Record<String, DecidedItem> record) {
      DecidedItem decided = record.value();
      if (decided == null || decided.decision() == null || decided.item() == null) {
        return;
      }
      String id = decided.decision().story();
      long start = System.nanoTime();
      StoryStage.Result r = stage.apply(stories.get(id), states.get(id), decided, clock.instant());
      stageNanos.accept(System.nanoTime() - start);
      if (!r.errors().isEmpty()) {
        LOG.warn("rules failed for {} in story {}: {}", decided.item().source(), id, r.errors());
      }
      stories.put(id, r.story());
      states.put(id, r.state());
      // the story first: its JSON, just written to the store, is still this thread's last written value
      context.forward(record.withKey(id).withValue(new Output.StoryOut(r.story())));
      for (Alert a : r.alerts()) {
        context.forward(record.withKey(id).withValue(new Output.AlertOut(a)));
      }
      Instant at = decided.decision().eventTime();
      if (at != null && (eventClock == null || at.isAfter(eventClock))) {
        eventClock = at;
      }
      forgetIdleStories(record);
    }

    /**
     * Once per day of event time, deletes the stories no item joined within the retention and sends their
     * tombstones, so this task's state holds about one retention of stories however long it runs.
     */
    private void forgetIdleStories(Record<String, DecidedItem> trigger) {
      if (eventClock == null) {
        return;
      }
      if (lastSweep == null) {
        lastSweep = eventClock;
        return;
      }
      if (eventClock.isBefore(lastSweep.plus(SWEEP_EVERY))) {
        return;
      }
      lastSweep = eventClock;
      Instant cutoff = eventClock.minus(retention);
      List<String> idle = new ArrayList<>();
      try (KeyValueIterator<String, Story> it = stories.store().all()) {
        while (it.hasNext()) {
          KeyValue<String, Story> kv = it.next();
          if (kv.value != null && kv.value.lastSeen() != null && kv.value.lastSeen().isBefore(cutoff)) {
            idle.add(kv.key);
          }
        }
      }
      for (String id : idle) {
        stories.delete(id);
        states.delete(id);
        context.forward(trigger.withKey(id).withValue(new Output.StoryOut(null)));
      }
      if (!idle.isEmpty()) {
        LOG.info("forgot {} stories idle since {}", idle.size(), cutoff);
      }
    }
  }
}
