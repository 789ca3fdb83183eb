package io.wirewatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.Decision;
import io.wirewatch.model.Json;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** The corpus scores of shared/eval/score.py, computed in Java: story B-cubed, duplicates, status. */
public record Scores(double storyP, double storyR, double storyF1, double dupF1, double statusAccuracy,
    double singletonF1, int stories, int events) {

  public static Scores of(Path labels, Map<String, Decision> decisions) throws Exception {
    JsonNode items = Json.mapper().readTree(labels.toFile()).get("items");
    Map<String, String> gold = new HashMap<>();
    Map<String, String> kind = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = items.fields(); it.hasNext(); ) {
      var e = it.next();
      gold.put(e.getKey(), e.getValue().get("event").asText());
      kind.put(e.getKey(), e.getValue().get("kind").asText());
    }
    Map<String, String> pred = new HashMap<>();
    decisions.forEach((f, d) -> pred.put(f, d.story()));
    double[] b = bcubed(gold, pred);
    Map<String, String> singletons = new HashMap<>();
    gold.keySet().forEach(k -> singletons.put(k, k));
    double[] s = bcubed(gold, singletons);
    int tp = 0;
    int fp = 0;
    int dupGold = 0;
    int ok = 0;
    for (String f : gold.keySet()) {
      Decision d = decisions.get(f);
      boolean isDup = "duplicate".equals(kind.get(f));
      dupGold += isDup ? 1 : 0;
      if (d != null) {
        ok += d.status().id().equals(kind.get(f)) ? 1 : 0;
        if (d.status().id().equals("duplicate")) {
          tp += isDup ? 1 : 0;
          fp += isDup ? 0 : 1;
        }
      }
    }
    double dp = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double dr = dupGold == 0 ? 0 : (double) tp / dupGold;
    double dupF1 = dp + dr == 0 ? 0 : 2 * dp * dr / (dp + dr);
    return new Scores(b[0], b[1], b[2], dupF1, (double) ok / gold.size(), s[2], new HashSet<>(pred.values()).size(),
        new HashSet<>(gold.values()).size());
  }

  static double[] bcubed(Map<String, String> gold, Map<String, String> pred) {
    Map<String, Set<String>> byG = new HashMap<>();
    Map<String, Set<String>> byP = new HashMap<>();
    int n = 0;
    for (String k : gold.keySet()) {
      if (pred.containsKey(k)) {
        byG.computeIfAbsent(gold.get(k), x -> new HashSet<>()).add(k);
        byP.computeIfAbsent(pred.get(k), x -> new HashSet<>()).add(k);
        n++;
      }
    }
    double p = 0;
    double r = 0;
    for (String k : gold.keySet()) {
      if (!pred.containsKey(k)) {
        continue;
      }
      Set<String> sp = byP.get(pred.get(k));
      Set<String> sg = byG.get(gold.get(k));
      long inter = sp.stream().filter(sg::contains).count();
      p += (double) inter / sp.size();
      r += (double) inter / sg.size();
    }
    p /= n;
    r /= n;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  @Override
  public String toString() {
    return String.format("story B3 p=%.3f r=%.3f f1=%.3f (singletons f1=%.3f; %d stories / %d events) "
        + "dup f1=%.3f status acc=%.3f", storyP, storyR, storyF1, singletonF1, stories, events, dupF1, statusAccuracy);
  }
}
