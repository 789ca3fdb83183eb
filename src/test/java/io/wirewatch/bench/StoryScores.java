package io.wirewatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.dedup.Decider;
import io.wirewatch.eval.PureReplay;
import io.wirewatch.eval.Scores;
import io.wirewatch.model.Decision;
import io.wirewatch.model.Json;
import io.wirewatch.stories.StoryClusterer;
import io.wirewatch.stories.TermProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Prints the story scores of the standard settings on the shared corpora, without Kafka: B-cubed for each
 * corpus named, and for a corpus with {@code pairs.json} the share of same-story pairs joined and of
 * different-story pairs kept apart, within one language and across languages. Arguments: the corpus root
 * (shared/corpus) and corpus folders relative to it ("dev", "gva", "real/ecbplus", "real/semeval2022").
 */
public final class StoryScores {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    for (int i = 1; i < args.length; i++) {
      Path c = root.resolve(args[i]);
      long t0 = System.nanoTime();
      Map<String, Decision> d = PureReplay.run(c.resolve("items"), Decider.Settings.standard(), settings(), evidence(), weights());
      Scores s = Scores.of(c.resolve("labels.json"), d);
      System.out.printf("%s: %s (%.1fs)%n", args[i], s, (System.nanoTime() - t0) / 1e9);
      if (Files.exists(c.resolve("pairs.json"))) {
        System.out.println("  pairs: " + pairs(c.resolve("pairs.json"), d));
      }
    }
  }

  /** The standard settings, or what -Dthreshold= -Drecent= -Dgrace= -DhalfLife= (ISO durations: P5D) name. */
  static StoryClusterer.Settings settings() {
    StoryClusterer.Settings st = StoryClusterer.Settings.standard();
    return new StoryClusterer.Settings(Double.parseDouble(System.getProperty("threshold", "" + st.threshold())),
        st.window(), java.time.Duration.parse(System.getProperty("grace", st.grace().toString())),
        java.time.Duration.parse(System.getProperty("halfLife", st.halfLife().toString())), st.centroidTerms(),
        st.itemTerms(),
        Integer.parseInt(System.getProperty("recent", "" + st.recentItems())),
        java.time.Duration.parse(System.getProperty("reopen", st.reopen().toString())));
  }

  /** The standard evidence weights, or what -Dcross= -Dyear= -Dnames= -Dspecific= -Dlead= ... -DleadUndated= -Dperson= -Ddate= name. */
  static StoryClusterer.Evidence evidence() {
    StoryClusterer.Evidence ev = StoryClusterer.Evidence.standard();
    return new StoryClusterer.Evidence(Double.parseDouble(System.getProperty("cross", "" + ev.crossLanguage())),
        Double.parseDouble(System.getProperty("year", "" + ev.otherYear())),
        Double.parseDouble(System.getProperty("names", "" + ev.otherNames())),
        Double.parseDouble(System.getProperty("specific", "" + ev.leastSpecific())),
        Double.parseDouble(System.getProperty("lead", "" + ev.otherLead())),
        Double.parseDouble(System.getProperty("figure", "" + ev.otherFigure())),
        Double.parseDouble(System.getProperty("one", "" + ev.oneParticipant())),
        Double.parseDouble(System.getProperty("leadUndated", "" + ev.otherLeadUndated())),
        Double.parseDouble(System.getProperty("person", "" + ev.otherPerson())),
        Double.parseDouble(System.getProperty("date", "" + ev.otherDate())));
  }

  /** The standard feature weights, or what -DnameW= -DplaceW= -DnumberW= name. */
  static TermProfiles.Weights weights() {
    TermProfiles.Weights w = TermProfiles.Weights.standard();
    return new TermProfiles.Weights(w.word(), Float.parseFloat(System.getProperty("nameW", "" + w.name())),
        Float.parseFloat(System.getProperty("placeW", "" + w.place())), w.slug(),
        Float.parseFloat(System.getProperty("numberW", "" + w.number())), w.headline());
  }

  private static String last(Decision d) {
    return d.reasons().isEmpty() ? "" : d.reasons().get(d.reasons().size() - 1);
  }

  /** same-story pairs joined and different pairs kept apart, same language / across languages. */
  static String pairs(Path file, Map<String, Decision> d) throws Exception {
    JsonNode spec = Json.mapper().readTree(file.toFile());
    double sameMax = spec.path("same_max").asDouble(1.5);
    double diffMin = spec.path("different_min").asDouble(3.5);
    int[] n = new int[8];
    for (JsonNode p : spec.get("pairs")) {
      Decision a = d.get(p.get("a").asText());
      Decision b = d.get(p.get("b").asText());
      boolean linked = a != null && b != null && a.story().equals(b.story());
      boolean apart = a != null && b != null && !linked;
      int k = p.get("lang_a").asText().equals(p.get("lang_b").asText()) ? 0 : 4;
      double o = p.get("overall").asDouble();
      if (Boolean.getBoolean("pairErrors") && a != null && b != null
          && ((o <= sameMax && !linked) || (o >= diffMin && linked))) {
        System.out.printf("  %s %s-%s %.1f%n    a %s: %s [%s]%n    b %s: %s [%s]%n", linked ? "JOINED" : "APART",
            p.get("lang_a").asText(), p.get("lang_b").asText(), o, a.story(), a.headline(), last(a), b.story(),
            b.headline(), last(b));
      }
      if (o <= sameMax) {
        n[k]++;
        n[k + 1] += linked ? 1 : 0;
      } else if (o >= diffMin) {
        n[k + 2]++;
        n[k + 3] += apart ? 1 : 0;
      }
    }
    return String.format("same-lang joined %d/%d=%.3f apart %d/%d=%.3f | cross-lang joined %d/%d=%.3f apart %d/%d=%.3f",
        n[1], n[0], (double) n[1] / n[0], n[3], n[2], (double) n[3] / n[2], n[5], n[4], (double) n[5] / n[4], n[7],
        n[6], (double) n[7] / n[6]);
  }
}
