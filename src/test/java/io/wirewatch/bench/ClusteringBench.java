package io.wirewatch.bench;

import io.wirewatch.stories.DocumentFrequencies;
import io.wirewatch.stories.StoryClusterer;
import io.wirewatch.stories.TermProfiles;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Prints how many items a second the story clustering decides with 1,000 and with 100,000 open stories,
 * so the cost per item can be seen to stay flat as the window fills; per second of the thread's CPU too, which
 * other work on a shared machine disturbs less than the wall clock. Synthetic items: common words drawn
 * from a skewed vocabulary (as news copy is), a few names, a place, numbers and an event kind; one item in
 * three follows up an existing story. Printed, not asserted. Arguments: story counts (default 1000 100000).
 */
public final class ClusteringBench {
  private static final int WORDS = 20_000;
  private static final int MEASURED = 5_000;

  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {1_000, 100_000}
        : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    for (int size : sizes) {
      run(size);
    }
  }

  private static void run(int stories) {
    Random random = new Random(42);
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.standard(), new DocumentFrequencies(Map.of(), 0),
        List.of());
    Instant t = Instant.parse("2026-03-01T00:00:00Z");
    for (int i = 0; i < stories; i++) {
      Map<String, Float> terms = item(random, i);
      c.observe(terms);
      c.join("s-" + i, c.vector(terms), t);
    }
    System.gc();
    Runtime rt = Runtime.getRuntime();
    double heapPerStory = (rt.totalMemory() - rt.freeMemory()) / (double) stories;
    long joined = 0;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int i = 0; i < MEASURED; i++) {
      int story = random.nextInt(3) == 0 ? random.nextInt(stories) : stories + i;
      Map<String, Float> terms = item(random, story);
      c.observe(terms);
      Map<String, Float> v = c.vector(terms);
      StoryClusterer.Assignment a = c.assign(v, t, "s-" + story);
      c.join(a.storyId(), v, t);
      joined += a.opened() ? 0 : 1;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf("%,d open stories: %,.0f items/s, %,.0f per CPU second (%d of %d items joined a story); "
        + "heap after a GC %,.1f KB per open story%n", stories, MEASURED / seconds, MEASURED / cpuSeconds, joined,
        MEASURED, heapPerStory / 1024);
  }

  /** An item about story {@code s}: its own names, place and figure, plus 60 words of common vocabulary. */
  private static Map<String, Float> item(Random random, int s) {
    Map<String, Float> terms = new HashMap<>();
    terms.put(TermProfiles.LANGUAGE + "en", 0f);
    terms.put("n:person" + s, 2.5f);
    terms.put("n:group" + (s * 7 % 1_000_003), 2.5f);
    terms.put("p:town" + (s % 5_000), 3f);
    terms.put("d:" + (100 + s % 9_000), 1.5f);
    terms.put("e:kind" + (s % 40), 1.5f);
    for (int i = 0; i < 60; i++) {
      int w = (int) Math.min(WORDS - 1, Math.abs(random.nextGaussian() * random.nextGaussian()) * WORDS / 6);
      terms.merge("w:word" + w, 1f, Float::sum);
    }
    return terms;
  }
}
