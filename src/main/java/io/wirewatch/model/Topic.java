package io.wirewatch.model;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/** A topic name together with its key and value serdes, so that no source or sink guesses them. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

  /** How a topology reads this topic, with a processor name. */
  public Consumed<K, V> consumed(String processorName) {
    return Consumed.with(keySerde, valueSerde).withName(processorName);
  }

  /** How a topology writes this topic, with a processor name. */
  public Produced<K, V> produced(String processorName) {
    return Produced.with(keySerde, valueSerde).withName(processorName);
  }
}
