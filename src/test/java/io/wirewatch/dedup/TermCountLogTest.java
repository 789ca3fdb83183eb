package io.wirewatch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.stories.DocumentFrequencies;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** The term counts a restart reads back are the counts the task had, written as about one record per item. */
class TermCountLogTest {
  private final AtomicLong writes = new AtomicLong();

  private KeyValueStore<String, byte[]> store() {
    KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("terms"),
        Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
    store.init(new MockProcessorContext<>().getStateStoreContext(), store);
    return counting(store);
  }

  /** The store, counting the puts and deletes a changelog would carry. */
  @SuppressWarnings("unchecked")
  private KeyValueStore<String, byte[]> counting(KeyValueStore<String, byte[]> store) {
    return (KeyValueStore<String, byte[]>) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
          if (method.getName().equals("put") || method.getName().equals("delete")) {
            writes.incrementAndGet();
          }
          try {
            return method.invoke(store, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** An item's terms: a few common words and a few of a long tail, as copy has. */
  private static Set<String> item(Random random) {
    Set<String> terms = new HashSet<>();
    for (int i = 0; i < 10; i++) {
      terms.add("common" + random.nextInt(50));
    }
    for (int i = 0; i < 30; i++) {
      terms.add("rare" + random.nextInt(20_000));
    }
    return terms;
  }

  @Test
  void shouldRestoreEveryCountAsTheTaskHadCountedItAcrossSnapshots() {
    KeyValueStore<String, byte[]> store = store();
    DocumentFrequencies live = new DocumentFrequencies(Map.of(), 0);
    TermCountLog log = TermCountLog.restore(store, 500).log();
    Random random = new Random(7);
    int snapshots = 0;
    for (int n = 1; n <= 600; n++) {
      Set<String> terms = item(random);
      live.observe(terms);
      snapshots += log.added(terms, live.counts()) ? 1 : 0;
      if (n % 97 == 0) {
        assertThat(TermCountLog.restore(store, 500).counts()).as("after %d items", n).isEqualTo(live.counts());
      }
    }
    assertThat(snapshots).as("the log is written out as a snapshot now and then").isGreaterThan(5);
    assertThat(TermCountLog.restore(store, 500).counts()).isEqualTo(live.counts());
  }

  @Test
  void shouldPutAboutOneRecordPerItemNotOnePerTerm() {
    KeyValueStore<String, byte[]> store = store();
    DocumentFrequencies live = new DocumentFrequencies(Map.of(), 0);
    TermCountLog log = TermCountLog.restore(store).log();
    Random random = new Random(11);
    int items = 5_000;
    for (int n = 0; n < items; n++) {
      Set<String> terms = item(random);
      live.observe(terms);
      log.added(terms, live.counts());
    }
    // 40 terms an item: one put per term would be 200,000 writes
    assertThat(writes.get()).as("puts and deletes for %d items of 40 terms", items).isLessThan(3L * items);
    assertThat(TermCountLog.restore(store).counts()).isEqualTo(live.counts());
  }

  @Test
  void shouldWriteEveryCountAfterADecayHalvedThem() {
    KeyValueStore<String, byte[]> store = store();
    DocumentFrequencies live = new DocumentFrequencies(Duration.ofDays(1), DocumentFrequencies.UNSET, Map.of(), 0);
    TermCountLog log = TermCountLog.restore(store).log();
    Random random = new Random(3);
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    for (int n = 0; n < 300; n++) {
      Set<String> terms = item(random);
      live.observe(terms);
      log.added(terms, live.counts());
      if (live.advanceTo(t.plus(Duration.ofHours(n))).halvings() > 0) {
        log.snapshot(live.counts());
        assertThat(log.loggedItems()).isZero();
      }
    }
    assertThat(TermCountLog.restore(store).counts()).isEqualTo(live.counts());
  }

  @Test
  void shouldReadAStoreWrittenTermByTermAndReplaceItWithTheFirstSnapshot() {
    KeyValueStore<String, byte[]> store = store();
    store.put("quake", TermCountLog.encodeLong(3));
    store.put("lakeport", TermCountLog.encodeLong(1));
    store.put("\u0000documents", TermCountLog.encodeLong(4));
    TermCountLog.Restored restored = TermCountLog.restore(store);
    assertThat(restored.counts()).containsExactlyInAnyOrderEntriesOf(Map.of("quake", 3L, "lakeport", 1L));

    DocumentFrequencies live = new DocumentFrequencies(restored.counts(), 4);
    live.observe(Set.of("quake", "harbour"));
    restored.log().added(Set.of("quake", "harbour"), live.counts());

    assertThat(store.get("quake")).as("the term-per-key layout is gone").isNull();
    assertThat(store.get("\u0000documents")).as("the caller's keys stay").isNotNull();
    assertThat(TermCountLog.restore(store).counts())
        .containsExactlyInAnyOrderEntriesOf(Map.of("quake", 4L, "lakeport", 1L, "harbour", 1L));
  }

  @Test
  void shouldKeepEachSnapshotChunkFarBelowARecordsSizeCap() {
    KeyValueStore<String, byte[]> store = store();
    Map<String, Long> counts = new HashMap<>();
    for (int i = 0; i < 100_000; i++) {
      counts.put("term-" + i + "-" + "x".repeat(i % 40), (long) i);
    }
    TermCountLog log = TermCountLog.restore(store).log();
    log.snapshot(counts);
    int chunks = log.chunks();
    assertThat(chunks).isGreaterThan(10);
    try (var all = store.all()) {
      all.forEachRemaining(kv -> assertThat(kv.value.length).isLessThan(TermCountLog.CHUNK_BYTES + 1_000));
    }
    // a smaller table leaves no stale chunk behind
    log.snapshot(Map.of("quake", 2L));
    assertThat(TermCountLog.restore(store).counts()).containsExactlyEntriesOf(Map.of("quake", 2L));
  }
}
