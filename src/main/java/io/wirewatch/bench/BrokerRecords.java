package io.wirewatch.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * How many records the broker holds per topic, summed over partitions (end offsets, so transaction markers
 * count too): two snapshots around a run say how many records the pipeline wrote per item and where, which
 * is what the broker and the producers pay for. Topic names lose the run's generated namespace.
 */
final class BrokerRecords {
  private BrokerRecords() {}

  /** Topic (namespace removed) -> records ever written, for every topic of the broker. */
  static Map<String, Long> snapshot(String bootstrap) {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      var names = admin.listTopics().names().get();
      Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get();
      Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
      topics.values().forEach(t -> t.partitions().forEach(p ->
          ask.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.latest())));
      Map<String, Long> out = new TreeMap<>();
      admin.listOffsets(ask).all().get().forEach((tp, info) ->
          out.merge(tp.topic(), info.offset(), Long::sum));
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading end offsets", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read end offsets: " + e.getCause(), e);
    }
  }

  /** Records written between two snapshots per topic role (namespace removed), largest first. */
  static List<Map.Entry<String, Long>> written(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> byRole = new HashMap<>();
    after.forEach((topic, end) -> {
      long n = end - before.getOrDefault(topic, 0L);
      if (n > 0) {
        byRole.merge(role(topic), n, Long::sum);
      }
    });
    return byRole.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
  }

  /** "b1a2b3c4d.wire.stories" -> "wire.stories"; "wirewatch-bench-b1a2b3c4d-decide-texts-changelog" -> "decide-texts-changelog". */
  static String role(String topic) {
    return topic.replaceFirst("^wirewatch-bench-b[0-9a-f]{8}-", "").replaceFirst("^b[0-9a-f]{8}\\.", "");
  }
}
