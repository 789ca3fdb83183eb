package io.wirewatch.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one {@code wirewatch bench} run, printable and as the JSON dashboards and CI read:
 * {@code items, queries, offered_per_s, pipeline_items_per_s, passthrough_items_per_s, ratio,
 * latency_ms {p50, p95, p99}, heap_peak_mb, rss_peak_mb, state_bytes_per_100k}; the heap left after
 * collections at its peak ({@code heap_live_peak_mb}: what the pipeline needs, where the peak in use mostly
 * follows the maximum heap, and an upper bound: it counts old garbage until the collector's next cycle), the
 * heap a full collection leaves while the pipeline runs with its state and watch queries loaded
 * ({@code heap_retained_mb}: the live set), and the maximum ({@code heap_max_mb}); where the broker's work goes:
 * {@code broker_records_per_item} and {@code broker_records_per_item_by_topic}; with {@code --instances N}, the
 * items/s of N instances sharing the work ({@code instances}, {@code instances_items_per_s}, {@code speedup});
 * the items of the untimed warm-up run of each topology before the measured ones ({@code warm_up_items}); the
 * commit interval both topologies ran with ({@code commit_interval_ms}), which under exactly-once sets how long
 * each stage's output waits before the next stage may read it.
 */
public record BenchReport(int items, int queries, int offeredPerSecond, double pipelineItemsPerSecond,
    double pipelineWithoutQueriesPerSecond, double passThroughItemsPerSecond, long p50Millis, long p95Millis,
    long p99Millis, double heapPeakMb, double liveHeapPeakMb, double retainedHeapMb, double maxHeapMb, double rssPeakMb,
    long stateBytesPer100k,
    List<Map.Entry<String, Long>> recordsWritten, int instances, double scaledOutItemsPerSecond, int warmUpItems,
    int commitIntervalMs) {
  /** Topics shown by name in the text; the rest are summed. */
  private static final int TOPICS_SHOWN = 6;

  public BenchReport {
    recordsWritten = recordsWritten == null ? List.of() : List.copyOf(recordsWritten);
  }

  /** Records the broker took per item in one run with queries, all topics (changelogs and markers too). */
  public double recordsPerItem() {
    return items == 0 ? 0 : recordsWritten.stream().mapToLong(Map.Entry::getValue).sum() / (double) items;
  }

  /** Items/s of the instances sharing the work against one instance's, or 0 when not measured. */
  public double speedup() {
    return instances < 2 || pipelineItemsPerSecond == 0 ? 0 : scaledOutItemsPerSecond / pipelineItemsPerSecond;
  }

  public double ratio() {
    return passThroughItemsPerSecond == 0 ? 0 : pipelineItemsPerSecond / passThroughItemsPerSecond;
  }

  public ObjectNode toJson() {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("items", items).put("queries", queries).put("offered_per_s", offeredPerSecond).put("warm_up_items", warmUpItems)
        .put("commit_interval_ms", commitIntervalMs)
        .put("pipeline_items_per_s", round(pipelineItemsPerSecond))
        .put("passthrough_items_per_s", round(passThroughItemsPerSecond)).put("ratio", round(ratio() * 1000) / 1000);
    n.putObject("latency_ms").put("p50", p50Millis).put("p95", p95Millis).put("p99", p99Millis);
    n.put("heap_peak_mb", round(heapPeakMb)).put("heap_live_peak_mb", round(liveHeapPeakMb))
        .put("heap_retained_mb", round(retainedHeapMb))
        .put("heap_max_mb", round(maxHeapMb)).put("rss_peak_mb", round(rssPeakMb))
        .put("state_bytes_per_100k", stateBytesPer100k)
        .put("broker_records_per_item", Math.round(recordsPerItem() * 10) / 10.0);
    if (instances > 1) {
      n.put("instances", instances).put("instances_items_per_s", round(scaledOutItemsPerSecond))
          .put("speedup", round(speedup() * 100) / 100);
    }
    ObjectNode byTopic = n.putObject("broker_records_per_item_by_topic");
    recordsWritten.forEach(e -> byTopic.put(e.getKey(), Math.round(e.getValue() * 100.0 / items) / 100.0));
    return n;
  }

  public void writeJson(Path file) throws IOException {
    Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson()) + "\n");
  }

  /** The figures as lines for people. */
  public String text() {
    return String.format(Locale.ROOT, """
        items %d, watch queries %d, after an untimed warm-up of %d items
        whole pipeline:   %,.0f items/s (median of 3)%s%s
        pass-through:     %,.0f items/s (same broker, records, partitions, exactly-once)
        ratio:            %.3f
        latency at %d items/s offered (ingest to story update, exactly-once, commits every %d ms): p50 %d ms, p95 %d ms, p99 %d ms
        peak heap %.0f MB in use, %.0f MB live after collections, %.0f MB after a full collection mid-run (maximum heap %.0f MB), peak RSS %.0f MB
        state on disk %,d bytes per 100k items
        broker records per item (all topics, changelogs and transaction markers): %.1f%s""", items, queries,
        warmUpItems,
        pipelineItemsPerSecond, queries > 0 ? String.format(Locale.ROOT, "; without queries %,.0f items/s",
            pipelineWithoutQueriesPerSecond) : "", instances > 1 ? String.format(Locale.ROOT,
            "%n%d instances:      %,.0f items/s (%.2fx one instance, on this machine's %d cores)", instances,
            scaledOutItemsPerSecond, speedup(), Runtime.getRuntime().availableProcessors()) : "",
        passThroughItemsPerSecond, ratio(), offeredPerSecond, commitIntervalMs, p50Millis,
        p95Millis, p99Millis, heapPeakMb, liveHeapPeakMb, retainedHeapMb, maxHeapMb, rssPeakMb, stateBytesPer100k, recordsPerItem(),
        topics());
  }

  /** " (wire.items 1.0, ...)" for the topics that took the most records. */
  private String topics() {
    if (recordsWritten.isEmpty() || items == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder(" (");
    long rest = 0;
    for (int i = 0; i < recordsWritten.size(); i++) {
      Map.Entry<String, Long> e = recordsWritten.get(i);
      if (i < TOPICS_SHOWN) {
        sb.append(i == 0 ? "" : ", ").append(e.getKey()).append(' ')
            .append(String.format(Locale.ROOT, "%.1f", e.getValue() / (double) items));
      } else {
        rest += e.getValue();
      }
    }
    if (rest > 0) {
      sb.append(String.format(Locale.ROOT, ", others %.1f", rest / (double) items));
    }
    return sb.append(')').toString();
  }

  private static double round(double d) {
    return Math.round(d);
  }
}
