package io.wirewatch.eval;

import io.wirewatch.dedup.ContentSignatures;
import io.wirewatch.dedup.Decider;
import io.wirewatch.dedup.DuplicateIndex;
import io.wirewatch.dedup.VersionState;
import io.wirewatch.formats.ParseResult;
import io.wirewatch.formats.WireParsers;
import io.wirewatch.model.Decision;
import io.wirewatch.model.SignedItem;
import io.wirewatch.model.WireItem;
import io.wirewatch.stories.DocumentFrequencies;
import io.wirewatch.stories.StoryClusterer;
import io.wirewatch.stories.TermProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the deciding logic over a folder without Kafka: for tuning and corpus checks in unit tests. */
public final class PureReplay {
  private PureReplay() {}

  public static Map<String, Decision> run(Path folder, Decider.Settings decider, StoryClusterer.Settings stories,
      TermProfiles.Weights weights) throws Exception {
    return run(folder, decider, stories, StoryClusterer.Evidence.standard(), weights);
  }

  public static Map<String, Decision> run(Path folder, Decider.Settings decider, StoryClusterer.Settings stories,
      StoryClusterer.Evidence evidence, TermProfiles.Weights weights) throws Exception {
    WireParsers parsers = new WireParsers(WireParsers.DEFAULT_MAX_BYTES);
    ContentSignatures signatures = ContentSignatures.standard();
    TermProfiles profiles = new TermProfiles(weights);
    Map<String, VersionState> versions = new HashMap<>();
    DocumentFrequencies df = new DocumentFrequencies(Map.of(), 0);
    if (Boolean.getBoolean("warm")) {
      try (var files = Files.list(folder)) {
        for (Path f : files.sorted().toList()) {
          if (parsers.parse(Files.readAllBytes(f), f.getFileName().toString()) instanceof ParseResult.Accepted a) {
            a.items().forEach(i -> df.observe(new java.util.HashSet<>(profiles.of(i).keySet())));
          }
        }
      }
    }
    Decider d = new Decider(decider, new DuplicateIndex(32, 4),
        new StoryClusterer(stories, evidence, df, List.of()), versions::get, null);
    Map<String, Decision> out = new LinkedHashMap<>();
    try (var files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!(parsers.parse(Files.readAllBytes(f), name) instanceof ParseResult.Accepted a)) {
          continue;
        }
        for (WireItem raw : a.items()) {
          WireItem item = raw.withProvenance(name, Instant.parse("2026-01-01T00:00:00Z"));
          Decider.Outcome o = d.decide(new SignedItem(item, signatures.of(item), profiles.of(item)));
          versions.put(o.uri(), o.version());
          out.put(name, o.decision());
        }
      }
    }
    return out;
  }
}
