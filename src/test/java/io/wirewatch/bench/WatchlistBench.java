package io.wirewatch.bench;

import io.wirewatch.alerts.watch.WatchMatch;
import io.wirewatch.alerts.watch.WatchQuery;
import io.wirewatch.alerts.watch.WatchlistMatcher;
import io.wirewatch.model.PubStatus;
import io.wirewatch.model.Severity;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark (not a test): matching cost per item with N generated stored queries on Lucene Monitor. Each
 * query names one of 5,000 generated names (as desks watch people, places and firms) plus topic words; each
 * item is ~400 words with ~50 names, so a few queries match and the presearcher has something to filter.
 * Run: {@code java -cp target/classes:target/test-classes:<deps> io.wirewatch.bench.WatchlistBench [queries] [items]}.
 * Prints queries, build time, and per-item matching cost (mean, p50, p99) and matches per item.
 */
public final class WatchlistBench {
  private static final String[] WORDS = ("army border ceasefire clashes shelling drone rocket troops soldiers "
      + "killed injured wounded protest riot police gas cannon emergency parliament election minister cyclone "
      + "storm flood earthquake evacuated rescue mine blast train derailed prison inmates hostage guards siege "
      + "market shares prices fuel inflation bank strike union coach match title league airport port oil gas "
      + "pipeline sanctions talks summit president capital city province district village coast river bridge "
      + "hospital school church monastery pilgrims refugees camp aid convoy famine drought fire wildfire volcano")
      .split(" ");
  private static final String[] PLACES = names(5_000);
  private static final int WARM_UP = 4_000;

  private WatchlistBench() {}

  /** Generated proper names ("bakoru", "temisa"...): the people, places and firms desks watch for. */
  static String[] names(int n) {
    String[] syllables = "ba ko ru te mi sa lo vi na de ga pu ze ri ho ka mo ne si ta".split(" ");
    Random r = new Random(7);
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    while (out.size() < n) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 3 + r.nextInt(2); i++) {
        sb.append(syllables[r.nextInt(syllables.length)]);
      }
      out.add(sb.toString());
    }
    return out.toArray(String[]::new);
  }

  public static void main(String[] args) {
    int queries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int items = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    Random random = new Random(42);
    long t0 = System.nanoTime();
    try (WatchlistMatcher matcher = WatchlistMatcher.of(generateQueries(queries, random))) {
      long built = System.nanoTime() - t0;
      List<WireItem> docs = new ArrayList<>();
      for (int i = 0; i < items; i++) {
        docs.add(item(i, random));
      }
      // the JIT settles after a few thousand matches (measured: per-item cost falls for ~2,500 of them)
      for (int i = 0; i < WARM_UP; i++) {
        matcher.match(docs.get(i % items));
      }
      long[] nanos = new long[items];
      long matches = 0;
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpu0 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < items; i++) {
        long s = System.nanoTime();
        List<WatchMatch> m = matcher.match(docs.get(i));
        nanos[i] = System.nanoTime() - s;
        matches += m.size();
      }
      double cpuMicros = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / items;
      // The story stage asks for highlights only when a match becomes an alert (once per story and query);
      // the worst case, every match an alert, costs this much more.
      long cpu1 = threads.getCurrentThreadCpuTime();
      long highlighted = 0;
      for (int i = 0; i < items; i++) {
        for (WatchMatch m : matcher.match(docs.get(i))) {
          highlighted += m.highlights().size();
        }
      }
      double allHighlightsMicros = (threads.getCurrentThreadCpuTime() - cpu1) / 1e3 / items;
      java.util.Arrays.sort(nanos);
      double mean = java.util.Arrays.stream(nanos).average().orElse(0) / 1e3;
      System.out.printf("watchlist bench: %d queries (%d errors) built in %.0f ms%n", matcher.size(),
          matcher.errors().size(), built / 1e6);
      System.out.printf("  %d items of ~%d words: mean %.0f us/item, p50 %.0f us, p99 %.0f us, %.1f items/s on one thread, "
          + "%.2f matches/item%n", items, 400, mean, nanos[items / 2] / 1e3, nanos[(int) (items * 0.99)] / 1e3,
          1e6 / mean, (double) matches / items);
      System.out.printf("  CPU time of the matching thread: %.0f us/item (wall time above includes waiting for a "
          + "shared CPU)%n", cpuMicros);
      System.out.printf("  with the highlights of every match worked out (every match an alert): %.0f us/item, "
          + "%.1f highlights/item%n", allHighlightsMicros, (double) highlighted / items);
    }
  }

  static List<WatchQuery> generateQueries(int n, Random r) {
    List<WatchQuery> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String place = PLACES[r.nextInt(PLACES.length)];
      String a = WORDS[r.nextInt(WORDS.length)];
      String b = WORDS[r.nextInt(WORDS.length)];
      String query = BenchQueries.shape(i, place, a, b);
      out.add(new WatchQuery("desk" + (i % 20), "q" + i, query, Severity.MEDIUM, List.of(), "bench", i));
    }
    return out;
  }

  static WireItem item(int i, Random r) {
    StringBuilder body = new StringBuilder();
    String place = PLACES[r.nextInt(PLACES.length)];
    for (int w = 0; w < 400; w++) {
      String word = w % 40 == 0 ? place : w % 10 == 5 ? PLACES[r.nextInt(PLACES.length)] : WORDS[r.nextInt(WORDS.length)];
      body.append(word).append(w % 20 == 19 ? ". " : " ");
    }
    String headline = place + " " + WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)];
    return new WireItem("urn:bench:" + i, "1", Instant.EPOCH, null, i % 3 == 0 ? "Reuters" : "AFP", "en", headline,
        List.of(body.toString()), null, null, null, null, 3, PubStatus.USABLE, List.of(), null, List.of(), List.of(),
        "bench", "text", null);
  }
}
