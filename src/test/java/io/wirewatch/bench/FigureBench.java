package io.wirewatch.bench;

import io.wirewatch.figures.FigureExtractor;
import io.wirewatch.formats.ParseResult;
import io.wirewatch.formats.WireParsers;
import io.wirewatch.model.WireItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Figure extraction cost per item over a folder of wire items (default: the GVA corpus), one thread, after
 * a warm-up pass: mean, p50, p99 and items per second. Prints figures.
 */
public final class FigureBench {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/gva/items");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    WireParsers parsers = new WireParsers(WireParsers.DEFAULT_MAX_BYTES);
    List<WireItem> items = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        if (parsers.parse(Files.readAllBytes(f), f.getFileName().toString()) instanceof ParseResult.Accepted a) {
          items.addAll(a.items());
        }
      }
    }
    FigureExtractor extractor = new FigureExtractor();
    long figures = 0;
    for (WireItem item : items) {
      figures += extractor.extract(item).size();
    }
    long[] nanos = new long[items.size() * rounds];
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < items.size(); i++) {
        long t = System.nanoTime();
        extractor.extract(items.get(i));
        nanos[r * items.size() + i] = System.nanoTime() - t;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(nanos);
    double chars = items.stream().mapToLong(i -> i.bodyText().length()).average().orElse(0);
    System.out.printf("figure extraction: %d items (mean body %.0f chars), %d figures; %d rounds%n", items.size(),
        chars, figures, rounds);
    System.out.printf("  mean %.3f ms, p50 %.3f ms, p99 %.3f ms per item; %.0f items/s on one thread%n",
        Arrays.stream(nanos).average().orElse(0) / 1e6, nanos[nanos.length / 2] / 1e6,
        nanos[(int) (nanos.length * 0.99)] / 1e6, nanos.length / seconds);
  }
}
