package io.wirewatch.app;

import io.wirewatch.model.Story;
import io.wirewatch.web.StoryQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A story of our own wording with two figure histories, served beside the pipeline's stories. */
final class FixtureStories {
  private FixtureStories() {}

  /** Killed Armenian troops 49 -> 105 (Reuters) and Azerbaijani servicemen 50 (AFP) -> 71 (Reuters). */
  static Story borderClashes() {
    Instant t = Instant.parse("2022-09-13T06:00:00Z");
    var armenian = new Story.FigureSeries("killed", "Armenian troops", "killed|armenian troops", List.of(
        new Story.FigurePoint(49, "exact", "Reuters", "04.json", t.plusSeconds(3600), "Armenia said 49 troops died."),
        new Story.FigurePoint(105, "exact", "Reuters", "10.json", t.plusSeconds(86_400), "The toll rose to 105.")));
    var azeri = new Story.FigureSeries("killed", "Azerbaijani servicemen", "killed|azerbaijani servicemen", List.of(
        new Story.FigurePoint(50, "exact", "AFP", "06.xml", t.plusSeconds(7200), "Baku said 50 servicemen died."),
        new Story.FigurePoint(71, "exact", "Reuters", "14.xml", t.plusSeconds(90_000), "Baku raised its toll to 71.")));
    var items = List.of(
        new Story.Entry("urn:fixture:1", "1", "04.json", "Reuters", "ninjs-2", "Armenia says 49 soldiers killed", "new",
            null, 3, t.plusSeconds(3600), t.plusSeconds(3600)),
        new Story.Entry("urn:fixture:1", "2", "10.json", "Reuters", "ninjs-2", "UPDATE 1-Armenia says 105 killed",
            "update", null, 3, t.plusSeconds(86_400), t.plusSeconds(86_400)));
    return new Story("fixture-border-clashes", "<script>window.__pwned=1</script>Border clashes: tolls rise",
        List.of("Reuters", "AFP"), items, Map.of("new", 1, "update", 1), t.plusSeconds(3600), t.plusSeconds(90_000),
        t.plusSeconds(90_000), "casualties", "conflict", List.of(armenian, azeri), 2);
  }

  /** {@code real}, also answering for {@code fixture}. */
  static StoryQueries over(StoryQueries real, Story fixture) {
    return new StoryQueries() {
      @Override
      public Optional<Story> byId(String id, boolean localOnly) {
        return id.equals(fixture.id()) ? Optional.of(fixture) : real.byId(id, localOnly);
      }

      @Override
      public List<Story> since(Instant since, int limit, boolean localOnly) {
        List<Story> all = new ArrayList<>(real.since(since, limit, localOnly));
        all.add(fixture);
        all.sort(Comparator.comparing(Story::lastSeen).reversed());
        return all.subList(0, Math.min(limit, all.size()));
      }
    };
  }
}
