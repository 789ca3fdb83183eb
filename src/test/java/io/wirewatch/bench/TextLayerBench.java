package io.wirewatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.text.LanguageId;
import io.wirewatch.text.Sentence;
import io.wirewatch.text.TextLayer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cost of the language layer per item, one thread, after a warm-up: sentences, tokens and number phrases of
 * ~2 KB items per language (items are made by joining the texts of sentence-case files, default the dev
 * sentence sets), then the same with part-of-speech tags, then language detection without metadata. Prints
 * items/s by the clock and per CPU second of the thread (steadier on a shared machine), and the heap the
 * layer holds once loaded. Arguments: case files (JSONL with "lang" and "text").
 */
public final class TextLayerBench {
  private static final int ITEM_CHARS = 2_000;
  private static final int SECONDS_PER_RUN = 5;

  public static void main(String[] args) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String a : args.length > 0 ? args : new String[] {"../shared/corpus/sentences/figures-dev.jsonl",
        "../shared/corpus/sentences/escalation-dev.jsonl"}) {
      files.add(Path.of(a));
    }
    Map<String, List<String>> items = items(files);
    long before = usedHeap();
    TextLayer layer = TextLayer.get();
    for (var e : items.entrySet()) {
      for (Sentence s : layer.sentences(e.getValue().getFirst(), e.getKey())) {
        s.numbers();
        s.tags();
      }
      LanguageId.of(null, e.getValue().getFirst());
    }
    long after = usedHeap();
    System.out.printf("heap held by the layer once loaded (all languages, tagging and detection models): %.0f MB%n",
        (after - before) / 1e6);
    for (var e : items.entrySet()) {
      String lang = e.getKey();
      List<String> texts = e.getValue();
      run(lang + " sentences+tokens+numbers", texts, t -> {
        int n = 0;
        for (Sentence s : layer.sentences(t, lang)) {
          n += s.numbers().size();
        }
        return n;
      });
      run(lang + " ... + tags", texts, t -> {
        int n = 0;
        for (Sentence s : layer.sentences(t, lang)) {
          n += s.numbers().size() + s.tags().size();
        }
        return n;
      });
      run(lang + " language detection", texts, t -> LanguageId.of(null, t).length());
    }
  }

  interface Work {
    int apply(String text);
  }

  private static void run(String name, List<String> texts, Work work) {
    long sink = 0;
    long warm = System.nanoTime();
    while (System.nanoTime() - warm < SECONDS_PER_RUN * 500_000_000L) {
      for (String t : texts) {
        sink += work.apply(t);
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long done = 0;
    while (System.nanoTime() - start < SECONDS_PER_RUN * 1_000_000_000L) {
      for (String t : texts) {
        sink += work.apply(t);
      }
      done += texts.size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf("%-36s %3d items of ~%d chars: %7.0f items/s (%7.0f per CPU second), %.3f ms/item%s%n",
        name, texts.size(), ITEM_CHARS, done / seconds, done / cpu, cpu / done * 1e3, sink == 42 ? " " : "");
    System.out.flush();
  }

  /** Texts per language joined into items of about ITEM_CHARS characters. */
  private static Map<String, List<String>> items(List<Path> files) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, StringBuilder> open = new LinkedHashMap<>();
    Map<String, List<String>> items = new LinkedHashMap<>();
    for (Path f : files) {
      for (String line : Files.readAllLines(f)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        String lang = n.path("lang").asText("und");
        StringBuilder b = open.computeIfAbsent(lang, k -> new StringBuilder());
        b.append(n.path("text").asText()).append(' ');
        if (b.length() >= ITEM_CHARS) {
          items.computeIfAbsent(lang, k -> new ArrayList<>()).add(b.toString().strip());
          b.setLength(0);
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
