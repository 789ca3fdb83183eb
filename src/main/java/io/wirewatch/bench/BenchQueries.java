package io.wirewatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generated desk queries for benchmarks, written as one watchlist file: each names an invented place (from
 * the same syllables as {@link BenchFeed}) with topic words, in the shapes desks use (AND, phrase with slop,
 * field restriction, trailing wildcard, OR of a phrase and a conjunction). Deterministic by seed.
 */
public final class BenchQueries {
  private static final String[] TOPICS = {"earthquake", "flood", "derailment", "blast", "riot", "clash", "storm",
      "fire", "rescue", "injured", "governor", "roads", "district", "hospital", "killed", "province"};

  private BenchQueries() {}

  /**
   * The i-th of five query shapes a desk writes (conjunction, proximity phrase, field with a disjunction,
   * trailing wildcard, phrase or agency conjunction) over a place and two topic words.
   */
  public static String shape(int i, String place, String a, String b) {
    return switch (i % 5) {
      case 0 -> place + " AND " + a;
      case 1 -> "\"" + a + " " + b + "\"~4 AND " + place;
      case 2 -> "headline:" + place + " AND (" + a + " OR " + b + ")";
      case 3 -> place + " AND " + a.substring(0, Math.min(4, a.length())) + "*";
      default -> "\"" + place + " " + a + "\" OR (agency:reuters AND " + b + " AND " + place + ")";
    };
  }

  /** Writes {@code n} queries to {@code dir/bench.yaml}; returns the folder. */
  public static Path write(Path dir, int n, long seed) {
    Random rnd = new Random(seed);
    StringBuilder y = new StringBuilder("desk: bench\nseverity: low\nchannels: [none]\nqueries:\n");
    for (int i = 0; i < n; i++) {
      String place = BenchFeed.word(rnd).toLowerCase(java.util.Locale.ROOT);
      String a = TOPICS[rnd.nextInt(TOPICS.length)];
      String b = TOPICS[rnd.nextInt(TOPICS.length)];
      String q = shape(i, place, a, b);
      y.append("  - id: q").append(i).append("\n    query: '").append(q.replace("'", "''")).append("'\n");
    }
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("bench.yaml"), y, StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
