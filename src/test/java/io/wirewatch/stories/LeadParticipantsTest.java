package io.wirewatch.stories;

import static io.wirewatch.stories.StoryItems.terms;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which names of a report's lead and which shared names say who a report is about: a name many reports carry
 * (a state, a station) or a run of everyday words in capitals names no one; a dated follow-up that names the
 * victim its story left unnamed is not about others; one rare name shared within a dated story's days is
 * someone, where a city's name is not.
 */
class LeadParticipantsTest {
  private static final Instant T0 = Instant.parse("2022-09-13T10:00:00Z");

  private static StoryClusterer clusterer() {
    var settings = new StoryClusterer.Settings(0.4, Duration.ofDays(14), Duration.ofDays(1), Duration.ofDays(3),
        300, 200, 0);
    return new StoryClusterer(settings, new DocumentFrequencies(Map.of(), 0), List.of());
  }


  private static Map<String, Float> dated(Map<String, Float> terms) {
    Map<String, Float> m = new HashMap<>(terms);
    m.put(TermProfiles.DATED + "2022", 0f);
    return m;
  }

  private static void open(StoryClusterer c, String id, Map<String, Float> report) {
    c.observe(report);
    c.join(id, c.vector(report), T0);
  }

  private static StoryClusterer.Assignment assign(StoryClusterer c, Map<String, Float> report) {
    c.observe(report);
    return c.assign(c.vector(report), T0.plusSeconds(3600), "s-new");
  }

  @Test
  void shouldNotReadANameManyReportsCarryAsTheOthersALeadNames() {
    StoryClusterer c = clusterer();
    for (int i = 0; i < 12; i++) {
      c.observe(terms("l:en", "n:northland", "w:weather", "w:fair" + i));
    }
    Map<String, Float> story = terms("l:en", "n:harbourville", "n:ann example", "w:ferry", "w:pier", "w:collide");
    open(c, "s-1", story);
    Map<String, Float> stateLead = terms("l:en", "n:harbourville", "n:ann example", "w:ferry", "w:pier",
        "w:collide", "n:northland", "m:n:northland");
    Map<String, Float> personLead = terms("l:en", "n:harbourville", "n:ann example", "w:ferry", "w:pier",
        "w:collide", "n:jane roe", "m:n:jane roe");

    assertThat(assign(c, stateLead).reason()).as("a state in a dozen reports is no one's name")
        .doesNotContain("the lead names others");
    assertThat(assign(c, personLead).reason()).contains("the lead names others (jane roe)");
  }

  @Test
  void shouldNotReadARunOfEverydayWordsInCapitalsAsTheOthersALeadNames() {
    StoryClusterer c = clusterer();
    for (String w : List.of("street", "fair", "leaves", "three", "hurt")) {
      for (int i = 0; i < 4; i++) {
        c.observe(terms("l:en", "w:" + stem(w), "w:other" + i));
      }
    }
    Map<String, Float> story = terms("l:en", "n:harbourville", "n:ann example", "w:ferry", "w:pier", "w:collide");
    open(c, "s-1", story);
    Map<String, Float> repeatedHeadline = terms("l:en", "n:harbourville", "n:ann example", "w:ferry", "w:pier",
        "w:collide", "n:street fair leaves three hurt", "m:n:street fair leaves three hurt");

    assertThat(assign(c, repeatedHeadline).reason()).doesNotContain("the lead names others");
  }

  @Test
  void shouldLetADatedFollowUpNameTheVictimItsStoryLeftUnnamed() {
    StoryClusterer c = clusterer();
    Map<String, Float> first = dated(terms("l:en", "n:lakeport", "p:lakeport", "n:lakeport police",
        "n:police", "w:shot", "w:porch", "w:night", "w:wound", "d:age24"));
    open(c, "s-1", first);
    Map<String, Float> named = dated(terms("l:en", "n:lakeport", "p:lakeport", "n:lakeport police",
        "n:police", "w:shot", "w:porch", "w:night", "w:wound", "d:age24", "n:ray doe", "n:doe", "m:n:ray doe"));

    StoryClusterer.Assignment a = assign(c, named);

    assertThat(a.opened()).isFalse();
    assertThat(a.reason()).doesNotContain("the lead names others").doesNotContain("no participant in common");
  }

  @Test
  void shouldKeepApartADatedReportWhoseLeadNamesAnotherPersonThanItsStorys() {
    StoryClusterer c = clusterer();
    Map<String, Float> first = dated(terms("l:en", "n:lakeport", "p:lakeport", "n:ray doe", "n:doe",
        "w:shot", "w:porch", "w:night", "w:wound"));
    open(c, "s-1", first);
    Map<String, Float> other = dated(terms("l:en", "n:lakeport", "p:lakeport", "w:shot", "w:porch", "w:night",
        "w:wound", "n:jane roe", "n:roe", "m:n:jane roe"));

    assertThat(assign(c, other).reason()).contains("the lead names others (jane roe)");
  }

  @Test
  void shouldTakeOneRareSharedNameAsSomeoneInADatedStoryButNotACitysName() {
    StoryClusterer rare = clusterer();
    StoryClusterer common = clusterer();
    for (int i = 0; i < 12; i++) {
      common.observe(terms("l:en", "n:kestrel", "w:council" + i));
    }
    for (StoryClusterer c : List.of(rare, common)) {
      open(c, "s-1", dated(terms("l:en", "n:kestrel", "n:mill road", "w:shot", "w:store", "w:clerk", "w:robber")));
    }
    Map<String, Float> followUp = dated(terms("l:en", "n:kestrel", "n:ann example", "w:shot", "w:store",
        "w:clerk", "w:robber", "w:charg"));

    assertThat(assign(rare, followUp).reason()).doesNotContain("only one participant in common");
    assertThat(assign(common, followUp).reason()).contains("only one participant in common (kestrel)");
  }

  private static String stem(String word) {
    String[] stem = new String[1];
    WordStems.each(word, "en", s -> stem[0] = s);
    return stem[0];
  }
}
