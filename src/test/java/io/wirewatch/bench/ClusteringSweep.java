package io.wirewatch.bench;

import io.wirewatch.dedup.Decider;
import io.wirewatch.eval.PureReplay;
import io.wirewatch.eval.Scores;
import io.wirewatch.stories.StoryClusterer;
import io.wirewatch.stories.TermProfiles;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Sweeps the clustering settings over the shared corpora and prints the story scores, to choose defaults
 * that hold on both. Arguments: corpus folder, then lists "thresholds" "itemTerms" "centroidTerms"
 * "halfLifeDays" "nameWeight", each comma-separated.
 */
public final class ClusteringSweep {
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    for (String t : args[1].split(",")) {
      for (String it : args[2].split(",")) {
        for (String ct : args[3].split(",")) {
          for (String h : args[4].split(",")) {
            for (String nw : args[5].split(",")) {
              var stories = new StoryClusterer.Settings(Double.parseDouble(t), Duration.ofDays(30), Duration.ofDays(1),
                  Duration.ofDays(Integer.parseInt(h)), Integer.parseInt(ct), Integer.parseInt(it),
                  Integer.parseInt(ct) > 0 ? 4 : 0);
              var w = TermProfiles.Weights.standard();
              var weights = new TermProfiles.Weights(w.word(), Float.parseFloat(nw), w.place(), w.slug(), w.number(),
                  w.headline());
              StringBuilder line = new StringBuilder(String.format("t=%s item=%s centroid=%s half=%sd name=%s", t, it,
                  ct, h, nw));
              for (String c : new String[] {"dev", "gva"}) {
                var d = PureReplay.run(corpus.resolve(c).resolve("items"), Decider.Settings.standard(), stories, weights);
                Scores s = Scores.of(corpus.resolve(c).resolve("labels.json"), d);
                line.append(String.format(" | %s p=%.3f r=%.3f f1=%.3f", c, s.storyP(), s.storyR(), s.storyF1()));
              }
              System.out.println(line);
            }
          }
        }
      }
    }
  }
}
