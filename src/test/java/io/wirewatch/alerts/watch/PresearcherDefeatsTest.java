package io.wirewatch.alerts.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries the presearcher cannot narrow down, or that can never match, are refused at load with the reason. */
class PresearcherDefeatsTest {
  @TempDir
  Path dir;

  @Test
  void shouldRefusePureNegationsAndLeadingWildcardsAndKeepTheRest() throws IOException {
    Files.writeString(dir.resolve("desk.yaml"), """
        desk: sport
        channels: [slack]
        queries:
          - id: only-not
            query: '-football -cricket'
          - id: leading-wildcard
            query: '*ball'
          - id: negation-with-a-term
            query: 'stadium -football'
        """);
    try (WatchlistMatcher m = WatchlistMatcher.fromDirectory(dir)) {
      assertThat(m.size()).isEqualTo(1);
      assertThat(m.errors()).extracting(WatchError::queryId).containsExactlyInAnyOrder("only-not",
          "leading-wildcard");
      assertThat(m.errors()).filteredOn(e -> e.queryId().equals("only-not")).singleElement()
          .satisfies(e -> assertThat(e.toString()).contains("only negated terms").contains("desk.yaml"));
      assertThat(m.match(WatchlistMatcherTest.item("AP", 3, "New stadium opens", "The stadium opened.")))
          .extracting(w -> w.query().id()).containsExactly("negation-with-a-term");
    }
  }
}
