package io.wirewatch.bench;

import io.wirewatch.figures.FigureExtractor;
import io.wirewatch.formats.ParseResult;
import io.wirewatch.formats.WireParsers;
import io.wirewatch.model.WireItem;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Figure extraction cost per item, one thread, after a warm-up pass: mean, p50, p99 and items per second (by
 * the clock and per CPU second of the thread, steadier on a shared machine), for made-up 2 KB English and
 * French items ({@link BenchCopy}) and a folder of wire items (default: the GVA corpus, skipped when absent);
 * then the heap the figures layer holds once its models and vocabularies are loaded and every set was read.
 * Arguments: {@code [folder] [rounds] [items per language]}. Prints figures; asserts nothing. Run it under
 * {@code -Xmx150m} to show the layer fits the heap target.
 */
public final class FigureBench {
  private FigureBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/gva/items");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int generated = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    long heapBefore = usedHeap();
    Map<String, List<WireItem>> sets = new LinkedHashMap<>();
    sets.put("en, 2 KB made-up items", BenchCopy.items("en", generated, 2_000, 1));
    sets.put("fr, 2 KB made-up items", BenchCopy.items("fr", generated, 2_000, 2));
    if (Files.isDirectory(dir)) {
      sets.put("folder " + dir.getFileName(), folder(dir));
    }
    long itemsHeap = usedHeap() - heapBefore;
    FigureExtractor extractor = new FigureExtractor();
    Map<String, Long> figures = new LinkedHashMap<>();
    for (var e : sets.entrySet()) {
      long n = 0;
      for (WireItem item : e.getValue()) {
        n += extractor.extract(item).size();
      }
      figures.put(e.getKey(), n);
    }
    long layerHeap = usedHeap() - heapBefore - itemsHeap;
    for (var e : sets.entrySet()) {
      run(extractor, e.getKey(), e.getValue(), figures.get(e.getKey()), rounds);
    }
    System.out.printf("heap held by the figures layer once loaded and after reading every set: %.0f MB "
        + "(the items themselves: %.0f MB; max heap %.0f MB)%n", layerHeap / 1e6, itemsHeap / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
  }

  private static void run(FigureExtractor extractor, String name, List<WireItem> items, long figures,
      int rounds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[items.size() * rounds];
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < items.size(); i++) {
        long t = System.nanoTime();
        extractor.extract(items.get(i));
        nanos[r * items.size() + i] = System.nanoTime() - t;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    Arrays.sort(nanos);
    double chars = items.stream().mapToLong(i -> i.headline().length() + i.bodyText().length()).average()
        .orElse(0);
    System.out.printf("%s: %d items (mean %.0f chars), %d figures; %d rounds%n", name, items.size(), chars,
        figures, rounds);
    System.out.printf("  mean %.3f ms, p50 %.3f ms, p99 %.3f ms per item; %.0f items/s on one thread "
        + "(%.0f per CPU second)%n", Arrays.stream(nanos).average().orElse(0) / 1e6, nanos[nanos.length / 2] / 1e6,
        nanos[(int) (nanos.length * 0.99)] / 1e6, nanos.length / seconds, nanos.length / cpu);
    System.out.flush();
  }

  private static List<WireItem> folder(Path dir) throws Exception {
    WireParsers parsers = new WireParsers(WireParsers.DEFAULT_MAX_BYTES);
    List<WireItem> items = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        if (parsers.parse(Files.readAllBytes(f), f.getFileName().toString()) instanceof ParseResult.Accepted a) {
          items.addAll(a.items());
        }
      }
    }
    return items;
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
