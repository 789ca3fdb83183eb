package io.wirewatch.bench;

import io.wirewatch.alerts.StoryRules;
import io.wirewatch.stories.StoryStage;
import io.wirewatch.stories.StoryState;
import io.wirewatch.dedup.Decider;
import io.wirewatch.dedup.DuplicateIndex;
import io.wirewatch.dedup.Signer;
import io.wirewatch.dedup.VersionState;
import io.wirewatch.figures.FigureConfig;
import io.wirewatch.figures.FigureExtractor;
import io.wirewatch.figures.FigureLedger;
import io.wirewatch.formats.ParseResult;
import io.wirewatch.formats.WireParsers;
import io.wirewatch.model.DecidedItem;
import io.wirewatch.model.Json;
import io.wirewatch.model.SignedItem;
import io.wirewatch.model.Story;
import io.wirewatch.model.WireItem;
import io.wirewatch.stories.DocumentFrequencies;
import io.wirewatch.stories.StoryClusterer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-item cost of each pure stage on generated 2 KB items (no Kafka): where the time goes. Prints figures.
 * Costs are the thread's CPU time, so other load on the machine changes them less than it changes wall time.
 */
public final class StageCosts {
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    List<byte[]> feed = BenchFeed.generate(n, 300, 42);
    WireParsers parsers = new WireParsers(WireParsers.DEFAULT_MAX_BYTES);
    Signer signer = Signer.standard();
    for (int round = 0; round < 3; round++) {
      long t = cpu();
      List<WireItem> items = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        items.add(((ParseResult.Accepted) parsers.parse(feed.get(i), "b" + i)).items().get(0)
            .withProvenance("b" + i, Instant.now()));
      }
      long parse = cpu() - t;
      t = cpu();
      List<SignedItem> signed = items.stream().map(signer).toList();
      long sign = cpu() - t;
      Map<String, VersionState> versions = new HashMap<>();
      Decider d = new Decider(Decider.Settings.standard(), new DuplicateIndex(32, 4), new StoryClusterer(
          StoryClusterer.Settings.standard(), new DocumentFrequencies(Map.of(), 0), List.of()), versions::get, null);
      t = cpu();
      List<DecidedItem> decided = new ArrayList<>();
      for (SignedItem s : signed) {
        Decider.Outcome o = d.decide(s);
        versions.put(o.uri(), o.version());
        decided.add(new DecidedItem(o.decision(), s.item()));
      }
      long decide = cpu() - t;
      StoryStage stage = new StoryStage(new FigureExtractor(), new FigureLedger(FigureConfig.DEFAULTS),
          StoryRules.withDefaults(), i -> List.of());
      Map<String, Story> stories = new HashMap<>();
      Map<String, StoryState> states = new HashMap<>();
      long serial = 0;
      t = cpu();
      for (DecidedItem di : decided) {
        String id = di.decision().story();
        StoryStage.Result r = stage.apply(stories.get(id), states.get(id), di, Instant.now());
        stories.put(id, r.story());
        states.put(id, r.state());
        serial += Json.mapper().writeValueAsBytes(r.story()).length + Json.mapper().writeValueAsBytes(r.state()).length;
      }
      long story = cpu() - t;
      System.out.printf("round %d: CPU per item: parse %.3f ms, sign %.3f ms, decide %.3f ms, story stage+json %.3f ms "
          + "(%d stories, %.0f KB json per item)%n", round, parse / 1e6 / n, sign / 1e6 / n, decide / 1e6 / n,
          story / 1e6 / n, stories.size(), serial / 1024.0 / n);
    }
  }
}
