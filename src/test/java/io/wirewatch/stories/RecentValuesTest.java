package io.wirewatch.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class RecentValuesTest {
  private static KeyValueStore<String, String> store() {
    KeyValueStore<String, String> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("s"),
        Serdes.String(), Serdes.String()).withLoggingDisabled().build();
    MockProcessorContext<String, String> context = new MockProcessorContext<>();
    store.init(context.getStateStoreContext(), store);
    return store;
  }

  @Test
  void shouldWriteEveryChangeThroughToTheStore() {
    KeyValueStore<String, String> store = store();
    RecentValues<String> recent = new RecentValues<>(store, 2);
    recent.put("a", "1");
    recent.put("a", "2");
    recent.put("b", "3");
    recent.delete("b");
    assertThat(store.get("a")).isEqualTo("2");
    assertThat(store.get("b")).isNull();
    assertThat(recent.get("b")).isNull();
  }

  @Test
  void shouldReadWhatTheStoreHoldsOnceAKeyLeftMemory() {
    KeyValueStore<String, String> store = store();
    RecentValues<String> recent = new RecentValues<>(store, 2);
    for (int i = 0; i < 5; i++) {
      recent.put("k" + i, "v" + i);
    }
    // k0..k2 were pushed out of memory; the store answers for them
    store.put("k0", "changed in the store");
    assertThat(recent.get("k0")).isEqualTo("changed in the store");
    assertThat(recent.get("k4")).isEqualTo("v4");
  }

  @Test
  void shouldStartEmptyOverAStoreThatAlreadyHoldsValues() {
    KeyValueStore<String, String> store = store();
    store.put("restored", "from the changelog");
    assertThat(new RecentValues<>(store, 2).get("restored")).isEqualTo("from the changelog");
  }
}
