package io.wirewatch.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Checks at start every assumption the topology makes about partition counts, so a topic created by hand
 * (or before a setting changed) fails fast with the topic, its count and the fix, instead of deciding
 * wrongly (a second partition of the ordered topic would split the one view the decider needs).
 */
public final class PartitionCheck {

  /**
   * One assumption.
   *
   * @param topic the topic name
   * @param exactly the partition count it must have, or 0 for "any"
   * @param atLeast the least partition count it must have
   * @param why what depends on it
   * @param fix what the operator should do
   */
  public record Rule(String topic, int exactly, int atLeast, String why, String fix) {
    public static Rule exactly(String topic, int n, String why, String fix) {
      return new Rule(topic, n, n, why, fix);
    }

    /** The error for a topic with {@code actual} partitions, or null when it holds. */
    String violation(int actual) {
      if ((exactly > 0 && actual != exactly) || actual < atLeast) {
        return "topic " + topic + " has " + actual + " partition" + (actual == 1 ? "" : "s") + " but needs "
            + (exactly > 0 ? "exactly " + exactly : "at least " + atLeast) + " (" + why + "); " + fix;
      }
      return null;
    }
  }

  /** How long a topic unknown to the broker is asked about again before the check gives up. */
  static final Duration METADATA_WAIT = Duration.ofSeconds(15);

  private PartitionCheck() {}

  /** The violations of {@code rules} given each topic's partition count (topics not in the map are skipped). */
  public static List<String> violations(List<Rule> rules, Map<String, Integer> partitions) {
    List<String> out = new ArrayList<>();
    for (Rule r : rules) {
      Integer n = partitions.get(r.topic());
      String v = n == null ? null : r.violation(n);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  /** Asks Kafka for the topics' partition counts and fails with every violation. */
  public static void require(Map<String, Object> adminConfig, List<Rule> rules) {
    if (rules.isEmpty()) {
      return;
    }
    try (Admin admin = Admin.create(adminConfig)) {
      Map<String, TopicDescription> d = describe(admin, rules.stream().map(Rule::topic).toList());
      Map<String, Integer> counts = new java.util.HashMap<>();
      d.forEach((name, desc) -> counts.put(name, desc.partitions().size()));
      List<String> errors = violations(rules, counts);
      if (!errors.isEmpty()) {
        throw new IllegalArgumentException(String.join("\n", errors));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking partitions", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot describe topics to check partitions: " + e.getMessage(), e);
    }
  }

  /**
   * The topics' descriptions. A topic created a moment ago may not yet be in the metadata of the broker that
   * answers (a busy broker applies the controller's records a little later): an unknown topic is asked about
   * again until {@link #METADATA_WAIT} has passed.
   */
  private static Map<String, TopicDescription> describe(Admin admin, List<String> topics)
      throws InterruptedException, ExecutionException, TimeoutException {
    long deadline = System.nanoTime() + METADATA_WAIT.toNanos();
    while (true) {
      try {
        return admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }
}
