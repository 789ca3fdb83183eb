package io.wirewatch.bench;

import io.wirewatch.dedup.ContentSignatures;
import io.wirewatch.dedup.Decider;
import io.wirewatch.dedup.DuplicateIndex;
import io.wirewatch.dedup.VersionState;
import io.wirewatch.formats.ParseResult;
import io.wirewatch.formats.WireParsers;
import io.wirewatch.model.SignedItem;
import io.wirewatch.model.WireItem;
import io.wirewatch.stories.DocumentFrequencies;
import io.wirewatch.stories.StoryClusterer;
import io.wirewatch.stories.TermProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the deciding task keeps on its heap per remembered text and per open story, on a folder of real copy
 * (by default the GVA corpus; skipped when absent): every item is decided with windows long enough that
 * nothing is forgotten, then the texts and then the stories are let go, with a full collection before each
 * reading. The count limits ({@code dedup.window.max.texts}, {@code stories.max.open}) are sized from these.
 * Usage: {@code DeciderHeap [folder]}.
 */
public final class DeciderHeap {
  private DeciderHeap() {}

  private static long heap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "../shared/corpus/gva/items");
    if (!Files.isDirectory(folder)) {
      System.out.println("no folder " + folder + ": skipped");
      return;
    }
    Duration forever = Duration.ofDays(365L * 100);
    StoryClusterer.Settings std = StoryClusterer.Settings.standard();
    StoryClusterer.Settings stories = new StoryClusterer.Settings(std.threshold(), forever, std.grace(),
        std.halfLife(), std.centroidTerms(), std.itemTerms(), std.recentItems(), Duration.ZERO, Integer.MAX_VALUE);
    Decider.Settings settings = new Decider.Settings(0.8, 0.85, forever, Decider.Settings.DEFAULT_SKEW, forever,
        Integer.MAX_VALUE);
    WireParsers parsers = new WireParsers(WireParsers.DEFAULT_MAX_BYTES);
    ContentSignatures signatures = ContentSignatures.standard();
    TermProfiles profiles = new TermProfiles(TermProfiles.Weights.standard());
    Map<String, VersionState> versions = new HashMap<>();
    long empty = heap();
    DuplicateIndex index = new DuplicateIndex(32, 4);
    StoryClusterer clusterer = new StoryClusterer(stories, new DocumentFrequencies(Map.of(), 0), List.of());
    Decider decider = new Decider(settings, index, clusterer, versions::get, null);
    int items = 0;
    try (var files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (parsers.parse(Files.readAllBytes(f), name) instanceof ParseResult.Accepted a) {
          for (WireItem raw : a.items()) {
            WireItem item = raw.withProvenance(name, Instant.parse("2026-01-01T00:00:00Z"));
            Decider.Outcome o = decider.decide(new SignedItem(item, signatures.of(item), profiles.of(item)));
            versions.put(o.uri(), o.version());
            items++;
          }
        }
      }
    }
    versions.clear();
    int texts = index.size();
    long all = heap();
    index.expireBefore(Instant.MAX);
    long withoutTexts = heap();
    List<String> closed = clusterer.expire(Instant.parse("9999-01-01T00:00:00Z"));
    long withoutStories = heap();
    System.out.printf("%,d items of %s: %,d texts remembered, %,d stories open%n", items, folder, texts,
        closed.size());
    System.out.printf("heap after a full collection: %.1f MB with them (%.1f MB before the first item)%n",
        all / 1e6, empty / 1e6);
    System.out.printf("per remembered text (entry and index): %.2f KB%n",
        (all - withoutTexts) / 1e3 / Math.max(1, texts));
    System.out.printf("per open story (profile, postings, term filter): %.2f KB%n",
        (withoutTexts - withoutStories) / 1e3 / Math.max(1, closed.size()));
    System.out.printf("left: %.1f MB (the term frequencies, the language models, vocabularies)%n",
        withoutStories / 1e6);
    System.out.println(decider.hashCode() + clusterer.rememberedCount());
  }
}
