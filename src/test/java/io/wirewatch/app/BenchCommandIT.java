package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code wirewatch bench} with a tiny load: it finishes and writes every figure the JSON promises. */
@Tag("integration")
@Timeout(600)
class BenchCommandIT {
  @Test
  void shouldWriteEveryFigureOfTheBenchAsJson(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("bench.json");
    Path config = java.nio.file.Files.writeString(dir.resolve("measured.properties"),
        "kafka.streams.commit.interval.ms=70\n");

    int code = Main.execute("bench", "--items", "40", "--queries", "20", "--rate", "20", "--partitions", "2",
        "--instances", "2", "--warm-up", "20", "--config", config.toString(), "--json", json.toString());

    assertThat(code).isZero();
    JsonNode n = Json.mapper().readTree(json.toFile());
    for (String field : new String[] {"items", "queries", "offered_per_s", "pipeline_items_per_s",
        "passthrough_items_per_s", "ratio", "heap_peak_mb", "heap_live_peak_mb", "heap_retained_mb", "heap_max_mb",
        "rss_peak_mb", "state_bytes_per_100k"}) {
      assertThat(n.has(field)).as(field).isTrue();
      assertThat(n.get(field).isNumber()).as(field).isTrue();
    }
    for (String p : new String[] {"p50", "p95", "p99"}) {
      assertThat(n.path("latency_ms").path(p).isNumber()).as("latency_ms." + p).isTrue();
    }
    assertThat(n.get("items").asInt()).isEqualTo(40);
    assertThat(n.get("queries").asInt()).isEqualTo(20);
    assertThat(n.get("warm_up_items").asInt()).as("the untimed run before the measured ones").isEqualTo(20);
    assertThat(n.get("instances").asInt()).isEqualTo(2);
    assertThat(n.get("commit_interval_ms").asInt()).as("the measured configuration's commit interval").isEqualTo(70);
    assertThat(n.get("instances_items_per_s").asDouble()).as("items/s of two instances").isPositive();
    assertThat(n.get("heap_live_peak_mb").asDouble()).as("live heap at its peak")
        .isPositive().isLessThanOrEqualTo(n.get("heap_max_mb").asDouble());
    assertThat(n.get("heap_retained_mb").asDouble()).as("heap a full collection leaves mid-run")
        .isPositive().isLessThanOrEqualTo(n.get("heap_peak_mb").asDouble());
  }
}
