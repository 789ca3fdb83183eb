package io.wirewatch.web;

import java.util.List;

/**
 * Whether this instance can do its work: the Streams application is RUNNING and every topic exists.
 *
 * @param streamsState the Kafka Streams state (RUNNING, REBALANCING, ERROR, ...)
 * @param missingTopics topics that do not exist (or "unknown" when Kafka could not be asked)
 */
public record Readiness(String streamsState, List<String> missingTopics) {
  public Readiness {
    missingTopics = List.copyOf(missingTopics);
  }

  public boolean ready() {
    return "RUNNING".equals(streamsState) && missingTopics.isEmpty();
  }
}
