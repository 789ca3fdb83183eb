package io.wirewatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.dedup.Decider;
import io.wirewatch.eval.PureReplay;
import io.wirewatch.model.Decision;
import io.wirewatch.model.Json;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Prints clustering errors on a labelled corpus: wrong joins and missed joins, with their reasons. */
public final class ClusteringErrors {
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    Map<String, Decision> d = PureReplay.run(corpus.resolve("items"), Decider.Settings.standard(),
        StoryScores.settings(), StoryScores.evidence(), StoryScores.weights());
    JsonNode items = Json.mapper().readTree(corpus.resolve("labels.json").toFile()).get("items");
    Map<String, String> firstOfStory = new HashMap<>();
    Map<String, String> firstOfEvent = new HashMap<>();
    int wrong = 0;
    int missed = 0;
    for (var e : d.entrySet()) {
      String f = e.getKey();
      Decision dec = e.getValue();
      String event = items.get(f).get("event").asText();
      String storyFirst = firstOfStory.putIfAbsent(dec.story(), f);
      String eventFirst = firstOfEvent.putIfAbsent(event, f);
      String reason = dec.reasons().isEmpty() ? "" : dec.reasons().get(dec.reasons().size() - 1);
      if (storyFirst != null && !items.get(storyFirst).get("event").asText().equals(event) && wrong++ < limit) {
        System.out.printf("WRONG JOIN %s [%s]%n   item : %s%n   story: %s (%s)%n", f, reason, dec.headline(),
            d.get(storyFirst).headline(), storyFirst);
      }
      if (storyFirst == null && eventFirst != null && missed++ < limit) {
        System.out.printf("MISSED %s [%s]%n   item : %s%n   event: %s (%s, story %s)%n", f, reason, dec.headline(),
            d.get(eventFirst).headline(), eventFirst, d.get(eventFirst).story());
      }
    }
    System.out.printf("wrong joins %d, missed joins %d%n", wrong, missed);
  }
}
