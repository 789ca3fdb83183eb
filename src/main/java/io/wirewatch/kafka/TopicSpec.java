package io.wirewatch.kafka;

import java.util.Map;

/** How one topic is created when missing: partitions, replication and topic-level configs. */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs) {
  public TopicSpec {
    if (partitions < 1) {
      throw new IllegalArgumentException("topic " + name + ": partitions must be >= 1, was " + partitions);
    }
    if (replicationFactor < 1) {
      throw new IllegalArgumentException("topic " + name + ": replication factor must be >= 1");
    }
    configs = Map.copyOf(configs);
  }
}
